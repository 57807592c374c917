package org.passerelle.catalog;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.passerelle.shared.Language;
import org.passerelle.shared.LikePattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published courses as signed-in people find them: in their language when the course has it, else in
 * the course's default language, said plainly.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class Catalog {

    private final CourseVersions versions;
    private final JsonMapper json;

    /**
     * Recently shown versions with their parsed content: safe to keep because a version never changes. Bounded, so
     * that old versions still pinned by a few enrolments do not fill the memory.
     */
    private final Cache<Long, PublishedVersion> recent =
            Caffeine.newBuilder().maximumSize(32).build();

    Catalog(CourseVersions versions, JsonMapper json) {
        this.versions = versions;
        this.json = json;
    }

    /** Published courses whose title, description or tags contain the words searched, in any language. */
    @Transactional(readOnly = true)
    public List<CourseCard> published(String search, Language reader) {
        String needle = LikePattern.needle(search);
        String pattern = LikePattern.containing(needle);
        return versions.published(pattern).stream()
                .map(version -> card(version, reader))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<CourseOutline> outline(String courseId, Language reader) {
        return versions.currentVersionOf(courseId).map(version -> {
            CourseCard card = card(version, reader);
            CourseContent content = published(version).content();
            Language shown = card.shownIn();
            List<CourseOutline.Module> modules = content.modules().stream()
                    .map(module -> new CourseOutline.Module(
                            text(module.title(), shown, content.defaultLanguage()),
                            module.lessons().stream()
                                    .map(lesson -> {
                                        LessonContent.LessonText text = lesson.texts()
                                                .getOrDefault(
                                                        shown, lesson.texts().get(content.defaultLanguage()));
                                        return new CourseOutline.Lesson(lesson.name(), text.title(), text.minutes());
                                    })
                                    .toList(),
                            module.quiz() == null ? 0 : module.quiz().questionCount()))
                    .toList();
            return new CourseOutline(card, modules);
        });
    }

    /** The current version of a published course, with its content: what a new enrolment is pinned to. */
    @Transactional(readOnly = true)
    public Optional<PublishedVersion> current(String courseId) {
        return versions.currentVersionOf(courseId).map(this::published);
    }

    /** A version of a course, current or not: what an enrolment pinned to it shows. */
    @Transactional(readOnly = true)
    public Optional<PublishedVersion> version(long versionId) {
        PublishedVersion cached = recent.getIfPresent(versionId);
        if (cached != null) {
            return Optional.of(cached);
        }
        return versions.findById(versionId).map(this::published);
    }

    /** Versions of courses with their content, by id, read in one query for those not recently read. */
    @Transactional(readOnly = true)
    public Map<Long, PublishedVersion> versions(Collection<Long> versionIds) {
        Map<Long, PublishedVersion> found = new HashMap<>(recent.getAllPresent(versionIds));
        List<Long> missing =
                versionIds.stream().filter(id -> !found.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            versions.findAllById(missing).forEach(version -> found.put(version.id(), published(version)));
        }
        return found;
    }

    /** The titles of versions in the reader's language, else the course's default language. */
    @Transactional(readOnly = true)
    public Map<Long, String> titles(Collection<Long> versionIds, Language reader) {
        if (versionIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> inDefault = new HashMap<>();
        Map<Long, String> inReader = new HashMap<>();
        for (Object[] row : versions.titles(versionIds)) {
            if (row[1].equals(row[2])) {
                inDefault.put((Long) row[0], (String) row[3]);
            }
            if (reader.code().equals(row[2])) {
                inReader.put((Long) row[0], (String) row[3]);
            }
        }
        inDefault.putAll(inReader);
        return inDefault;
    }

    private PublishedVersion published(CourseVersion version) {
        return recent.get(
                version.id(),
                id -> new PublishedVersion(
                        id,
                        version.courseId(),
                        version.number(),
                        json.readValue(version.content(), CourseContent.class)));
    }

    private static CourseCard card(CourseVersion version, Language reader) {
        Language defaultLanguage = Language.ofCode(version.defaultLanguage()).orElse(Language.DEFAULT);
        List<Language> languages = Arrays.stream(version.languages().split(","))
                .map(Language::ofCode)
                .flatMap(Optional::stream)
                .toList();
        Map<String, CourseVersion.Text> texts =
                version.texts().stream().collect(Collectors.toMap(CourseVersion.Text::language, text -> text));
        boolean available = languages.contains(reader) && texts.containsKey(reader.code());
        Language shown = available ? reader : defaultLanguage;
        CourseVersion.Text text = texts.get(shown.code());
        return new CourseCard(
                version.courseId(),
                version.number(),
                text.title(),
                text.description(),
                text.authors(),
                version.estimatedHours(),
                version.moduleCount(),
                version.lessonCount(),
                languages,
                shown,
                !available);
    }

    private static String text(Map<Language, String> texts, Language shown, Language fallback) {
        return texts.getOrDefault(shown, texts.get(fallback));
    }
}
