package org.passerelle.reporting.ui.charts;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.passerelle.shared.Language;
import org.passerelle.shared.ui.Translations;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A drawn figure read back as XML: parsing it at all proves every text was escaped. */
final class Drawn {

    private final Document document;

    Drawn(String markup) {
        try {
            document = DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .parse(new ByteArrayInputStream(markup.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed: " + markup, e);
        }
    }

    /** A reader of one of the six languages, with the app's own translation bundles. */
    static ChartReader reader(Language language) {
        Translations translations = new Translations();
        Locale locale = language.locale();
        return new ChartReader(
                locale,
                language.rightToLeft(),
                (key, parameters) -> translations.getTranslation(key, locale, parameters));
    }

    List<Element> all(String xpath) {
        try {
            NodeList nodes =
                    (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, document, XPathConstants.NODESET);
            List<Element> elements = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                elements.add((Element) nodes.item(i));
            }
            return elements;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    List<String> texts(String xpath) {
        return all(xpath).stream().map(Element::getTextContent).toList();
    }

    /** A percentage attribute ("62.5%") as a number. */
    static double percent(Element element, String attribute) {
        String value = element.getAttribute(attribute);
        if (!value.endsWith("%")) {
            throw new AssertionError(attribute + " is not a percentage: " + value);
        }
        return Double.parseDouble(value.substring(0, value.length() - 1));
    }

    /** An em attribute ("2.5em") as a number. */
    static double em(Element element, String attribute) {
        String value = element.getAttribute(attribute);
        if (!value.endsWith("em")) {
            throw new AssertionError(attribute + " is not in ems: " + value);
        }
        return Double.parseDouble(value.substring(0, value.length() - 2));
    }
}
