namespace Graph.Engine.Language;

/// <summary>The character classes of the lexical grammar (§2.1), over UTF-16 code units.</summary>
internal static class CharacterClasses
{
    public static bool IsWhiteSpace(int code) => code == 0x0009 || code == 0x0020;

    public static bool IsDigit(int code) => (uint)(code - '0') <= 9;

    public static bool IsLetter(int code) => (uint)((code | 0x20) - 'a') <= 'z' - 'a';

    public static bool IsNameStart(int code) => IsLetter(code) || code == '_';

    public static bool IsNameContinue(int code) => IsLetter(code) || IsDigit(code) || code == '_';

    /// <summary>A code unit that is a whole Unicode scalar value, i.e. not a surrogate.</summary>
    public static bool IsUnicodeScalarValue(int code) => (code >= 0 && code <= 0xD7FF) || (code >= 0xE000 && code <= 0x10FFFF);

    public static bool IsLeadingSurrogate(int code) => code >= 0xD800 && code <= 0xDBFF;

    public static bool IsTrailingSurrogate(int code) => code >= 0xDC00 && code <= 0xDFFF;
}
