package org.passerelle.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Text bound for a mail header stays on one line, whatever was typed. */
class HeaderTextTest {

    @Test
    void lineBreaksAndControlCharactersBecomeSpaces() {
        assertThat(HeaderText.clean("Eve\r\nBcc: mallory@example.org")).isEqualTo("Eve Bcc: mallory@example.org");
        assertThat(HeaderText.clean("a\u0000b\u2028c\u0085d\te")).isEqualTo("a b c d e");
    }

    @Test
    void ordinaryNamesInAnyScriptAreKept() {
        assertThat(HeaderText.clean("  فاطمة الزهراء ")).isEqualTo("فاطمة الزهراء");
        assertThat(HeaderText.clean("Zhāng Wěi 张伟")).isEqualTo("Zhāng Wěi 张伟");
    }

    @Test
    void nothingLeftIsNoName() {
        assertThat(HeaderText.clean("\r\n")).isNull();
        assertThat(HeaderText.clean(null)).isNull();
    }
}
