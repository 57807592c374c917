package org.passerelle.reporting.ui.charts;

import java.util.List;
import org.passerelle.shared.Language;

/** Pages that show the charts as the app would, to open in a browser and look at. */
final class ChartsPreview {

    private ChartsPreview() {}

    /** The weekly chart and its empty state in one direction, at whatever width the window has. */
    static String page(boolean rightToLeft) {
        Language language = rightToLeft ? Language.AR : Language.EN;
        ChartReader reader = Drawn.reader(language);
        return wrap(
                rightToLeft,
                ActivityDrawing.figure(rightToLeft ? "النشاط الأسبوعي" : "Weekly activity", weeks(26), reader)
                        + ActivityDrawing.figure(
                                rightToLeft ? "آخر 12 أسبوعًا" : "The last 12 weeks", weeks(12), reader)
                        + ActivityDrawing.figure(rightToLeft ? "دورة جديدة" : "A new course", List.of(), reader));
    }

    /** Left-to-right and right-to-left side by side, each at a phone's and a desktop's width. */
    static String page() {
        StringBuilder body = new StringBuilder();
        for (int width : new int[] {320, 1000}) {
            for (boolean rightToLeft : new boolean[] {false, true}) {
                ChartReader reader = Drawn.reader(rightToLeft ? Language.AR : Language.EN);
                body.append("<section dir=\"")
                        .append(rightToLeft ? "rtl" : "ltr")
                        .append("\" style=\"width:")
                        .append(width)
                        .append("px;display:inline-block;vertical-align:top;margin:0 1em 2em 0;")
                        .append("outline:1px dashed #bbb\">")
                        .append(ActivityDrawing.figure("Weekly " + width, weeks(26), reader))
                        .append("</section>");
            }
        }
        return wrap(false, body.toString());
    }

    static String wrap(boolean rightToLeft, String body) {
        return "<!doctype html><html lang=\"" + (rightToLeft ? "ar" : "en") + "\" dir=\""
                + (rightToLeft ? "rtl" : "ltr")
                + "\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">"
                + "<title>Charts</title><style>body{font-family:system-ui,sans-serif;font-size:15px;color:#1f1f1f;"
                + "margin:0;padding:1.25rem}</style></head><body>" + body + "</body></html>";
    }

    private static List<ActivityWeek> weeks(int count) {
        return ActivityDrawingTest.weeks(count);
    }
}
