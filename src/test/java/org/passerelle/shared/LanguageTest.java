package org.passerelle.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void aBrowserAskingForARegionalVariantGetsItsLanguage() {
        assertThat(Language.closestTo(Locale.forLanguageTag("fr-SN"))).isEqualTo(Language.FR);
        assertThat(Language.closestTo(Locale.forLanguageTag("zh-Hans-CN"))).isEqualTo(Language.ZH);
        assertThat(Language.closestTo(Locale.forLanguageTag("ar-EG"))).isEqualTo(Language.AR);
        assertThat(Language.closestTo(Locale.forLanguageTag("es-419"))).isEqualTo(Language.ES);
    }

    @Test
    void aBrowserInAnotherLanguageGetsEnglish() {
        assertThat(Language.closestTo(Locale.forLanguageTag("sw-KE"))).isEqualTo(Language.EN);
        assertThat(Language.closestTo(null)).isEqualTo(Language.EN);
    }

    @Test
    void onlyArabicIsWrittenRightToLeft() {
        assertThat(Language.values()).filteredOn(Language::rightToLeft).containsExactly(Language.AR);
    }

    @Test
    void eachLanguageIsNamedInItself() {
        assertThat(Language.FR.nativeName()).isEqualTo("Français");
        assertThat(Language.RU.nativeName()).isEqualTo("Русский");
        assertThat(Language.AR.nativeName()).isEqualTo("العربية");
    }

    @Test
    void countriesAreNamedInTheReadersLanguageFromTheJdk() {
        assertThat(Countries.name("KE", Locale.FRENCH)).isEqualTo("Kenya");
        assertThat(Countries.name("SN", Locale.ENGLISH)).isEqualTo("Senegal");
        assertThat(Countries.isValid("SN")).isTrue();
        assertThat(Countries.isValid("XX")).isFalse();
        assertThat(Countries.isValid("sn")).isFalse();
    }
}
