package org.passerelle.mail;

import com.ibm.icu.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.passerelle.shared.Language;
import org.passerelle.shared.PublicAddress;
import org.springframework.stereotype.Component;

/**
 * Writes a {@link Letter} in its recipient's language, from the interface's translation bundles: an HTML version
 * (built as a jsoup tree, so every text and address is encoded, with {@code lang} and {@code dir}) and a plain-text
 * version saying the same.
 */
@Component
class MailComposer {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final PublicAddress address;

    MailComposer(PublicAddress address) {
        this.address = address;
    }

    /** A message as it will be sent: subject, HTML and text bodies. */
    record Composed(String subject, String html, String text) {}

    Composed compose(Letter letter) {
        Language language = letter.to().language();
        ResourceBundle bundle = ResourceBundle.getBundle(
                "vaadin-i18n.translations", language == Language.EN ? Locale.ROOT : language.locale(), NO_FALLBACK);
        String platform = text(bundle, language, "app.name");
        String subject = text(bundle, language, letter.subjectKey(), platform);
        String name = letter.to().name();
        String greeting = name == null || name.isBlank()
                ? text(bundle, language, "mail.greeting-anonymous")
                : text(bundle, language, "mail.greeting", name.strip());
        String footer = text(bundle, language, "mail.footer", platform, address.host());

        Document html = Document.createShell("");
        html.outputSettings().prettyPrint(false);
        Element root = html.selectFirst("html");
        root.attr("lang", language.code()).attr("dir", language.direction());
        html.head().appendElement("meta").attr("charset", "utf-8");
        html.head().appendElement("meta").attr("name", "viewport").attr("content", "width=device-width");
        html.head().appendElement("title").text(subject);
        html.body()
                .attr(
                        "style",
                        "margin:0;padding:24px 12px;background:#f3f4f6;color:#1f2328;"
                                + "font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',sans-serif;"
                                + "font-size:16px;line-height:1.5");
        Element card = html.body()
                .appendElement("div")
                .attr(
                        "style",
                        "max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:24px;"
                                + "border:1px solid #d0d7de");
        card.appendElement("p")
                .attr("style", "margin:0 0 16px;font-size:20px;font-weight:700;color:#0b5394")
                .text(platform);
        card.appendElement("p").text(greeting);
        StringBuilder text = new StringBuilder();
        text.append(platform).append("\n\n").append(greeting).append("\n\n");
        for (Letter.Text paragraph : letter.paragraphs()) {
            String said = text(bundle, language, paragraph.key(), withPlatform(platform, paragraph.arguments()));
            card.appendElement("p").text(said);
            text.append(said).append("\n\n");
        }
        Letter.Action action = letter.action();
        if (action != null) {
            String label = text(bundle, language, action.labelKey());
            card.appendElement("p")
                    .attr("style", "margin:24px 0")
                    .appendElement("a")
                    .attr("href", action.url())
                    .attr(
                            "style",
                            "display:inline-block;background:#0b5394;color:#ffffff;padding:12px 20px;"
                                    + "border-radius:6px;text-decoration:none;font-weight:600")
                    .text(label);
            Element copy = card.appendElement("p").attr("style", "font-size:14px;color:#57606a");
            copy.appendText(text(bundle, language, "mail.link-copy"));
            copy.appendElement("br");
            copy.appendElement("a")
                    .attr("href", action.url())
                    .attr("style", "color:#0b5394;word-break:break-all")
                    .attr("dir", "ltr")
                    .text(action.url());
            text.append(label).append(":\n").append(action.url()).append("\n\n");
        }
        card.appendElement("p")
                .attr(
                        "style",
                        "margin:24px 0 0;font-size:13px;color:#57606a;border-top:1px solid #d0d7de;padding-top:12px")
                .text(footer);
        text.append("-- \n").append(footer).append('\n');
        return new Composed(subject, "<!DOCTYPE html>" + root.outerHtml(), text.toString());
    }

    /** A paragraph's arguments after the platform's name, which is always {0}. */
    private static Object[] withPlatform(String platform, java.util.List<String> arguments) {
        Object[] all = new Object[arguments.size() + 1];
        all[0] = platform;
        for (int i = 0; i < arguments.size(); i++) {
            all[i + 1] = arguments.get(i);
        }
        return all;
    }

    private static String text(ResourceBundle bundle, Language language, String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return new MessageFormat(pattern, language.locale()).format(arguments);
    }
}
