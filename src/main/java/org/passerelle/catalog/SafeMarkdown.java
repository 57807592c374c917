package org.passerelle.catalog;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.passerelle.assessment.TextFormat;

/**
 * Turns Markdown written by instructors into HTML that is safe to show: raw HTML in the Markdown is
 * escaped, and the result is cleaned against an allow-list of tags, attributes and URL schemes, so no
 * script, event handler or {@code javascript:} link can reach a learner's page.
 */
public final class SafeMarkdown {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .build();
    private static final Safelist ALLOWED = Safelist.none()
            .addTags(
                    "p",
                    "br",
                    "hr",
                    "h1",
                    "h2",
                    "h3",
                    "h4",
                    "h5",
                    "h6",
                    "strong",
                    "em",
                    "code",
                    "pre",
                    "blockquote",
                    "ul",
                    "ol",
                    "li",
                    "a",
                    "img",
                    "table",
                    "thead",
                    "tbody",
                    "tr",
                    "th",
                    "td")
            .addAttributes("a", "href", "title")
            .addAttributes("img", "src", "alt", "title")
            .addAttributes("ol", "start")
            .addAttributes("th", "align")
            .addAttributes("td", "align")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addProtocols("img", "src", "http", "https")
            .preserveRelativeLinks(true)
            .addEnforcedAttribute("a", "rel", "noopener noreferrer");

    private static final Parser SPANNING_PARSER = Parser.builder()
            .extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    /** A link or image in Markdown that points at a file of the course. */
    public record Reference(String path, boolean image, int line) {}

    private SafeMarkdown() {}

    /** Whether a link target is a path relative to the text (a course file), not an address or an anchor. */
    public static boolean isRelative(String url) {
        return url != null
                && !url.isBlank()
                && !url.startsWith("#")
                && !url.startsWith("/")
                && !url.startsWith("?")
                && !SCHEME.matcher(url).find();
    }

    /** The path part of a relative link: without its query or fragment, percent-escapes decoded. */
    public static String pathOf(String url) {
        String path = url.split("[?#]", 2)[0];
        try {
            return URI.create(path).getPath();
        } catch (IllegalArgumentException e) {
            return path;
        }
    }

    /** The relative links and images of a Markdown text, each with its 0-based line in the text. */
    public static List<Reference> relativeReferences(String markdown) {
        List<Reference> references = new ArrayList<>();
        SPANNING_PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                add(link, link.getDestination(), false);
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                add(image, image.getDestination(), true);
                visitChildren(image);
            }

            private void add(Node node, String destination, boolean image) {
                if (isRelative(destination)) {
                    int line = node.getSourceSpans().isEmpty()
                            ? 0
                            : node.getSourceSpans().getFirst().getLineIndex();
                    references.add(new Reference(pathOf(destination), image, line));
                }
            }
        });
        return references;
    }

    /**
     * As {@link #toHtml(String)}, with every relative link and image address replaced by what {@code
     * resolve} makes of it (the address of the course file); one it cannot resolve is removed.
     */
    public static String toHtml(String markdown, UnaryOperator<String> resolve) {
        Document clean = clean(markdown);
        for (Element element : clean.select("img[src], a[href]")) {
            String attribute = element.nameIs("img") ? "src" : "href";
            String value = element.attr(attribute);
            if (isRelative(value)) {
                String resolved = resolve.apply(value);
                if (resolved == null) {
                    element.removeAttr(attribute);
                } else {
                    element.attr(attribute, resolved);
                }
            }
        }
        return clean.body().html();
    }

    public static String toHtml(String markdown) {
        return clean(markdown).body().html();
    }

    /** A question or answer text in the format it was written in, made safe like lesson text. */
    public static String render(TextFormat format, String text) {
        String source = text == null ? "" : text;
        return switch (format) {
            case HTML -> cleanHtml(source);
            case PLAIN -> cleanHtml(Entities.escape(source).replace("\n", "<br>"));
            case MARKDOWN, MOODLE -> toHtml(source);
        };
    }

    private static String cleanHtml(String html) {
        Document clean = new Cleaner(ALLOWED).clean(Jsoup.parseBodyFragment(html, "https://course.invalid/"));
        clean.outputSettings().prettyPrint(false);
        return outsideLinksInNewTab(clean).body().html();
    }

    private static Document clean(String markdown) {
        String html = RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
        // A base URI lets relative links to course files survive the cleaner; it never reaches the output.
        Document dirty = Jsoup.parseBodyFragment(html, "https://course.invalid/");
        Document clean = new Cleaner(ALLOWED).clean(dirty);
        clean.outputSettings().prettyPrint(false);
        return outsideLinksInNewTab(clean);
    }

    /**
     * A link to another site opens in a new tab: the learner keeps their place (and their session, which ends soon
     * after the last page of Passerelle is left) while they read it.
     */
    private static Document outsideLinksInNewTab(Document clean) {
        for (Element link : clean.select("a[href^=http:], a[href^=https:]")) {
            link.attr("target", "_blank");
        }
        return clean;
    }
}
