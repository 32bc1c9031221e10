using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using static Graph.Engine.Language.CharacterClasses;

namespace Graph.Engine.Language;

/// <summary>
/// Turns a source text into tokens (§2.1), one at a time and on demand, with graphql-js's rules and
/// error messages. Ignored tokens (white space, line terminators, commas, the BOM) are skipped;
/// comments are skipped by <see cref="Advance"/> and returned by <see cref="ReadToken"/>.
/// </summary>
public sealed partial class Lexer
{
    // Indentation makes runs of ignored characters common; skipping them is vectorized.
    private static readonly SearchValues<char> Ignored = SearchValues.Create(" \t,");
    private static readonly SearchValues<char> NameContinue =
        SearchValues.Create("_0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private readonly string _source;
    private int _position;
    private int _line = 1;
    private int _lineStart;
    private Token _lookahead;
    private bool _hasLookahead;
    private StringBuilder? _builder;

    public Lexer(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        _source = source;
        Token = new Token(TokenKind.StartOfFile, 0, 0, 0, 0);
        LastToken = Token;
    }

    public string Source => _source;

    /// <summary>The current token; <see cref="TokenKind.StartOfFile"/> before the first advance.</summary>
    public Token Token { get; private set; }

    /// <summary>The token before <see cref="Token"/>; node locations end where it ends.</summary>
    public Token LastToken { get; private set; }

    /// <summary>Moves to the next non-comment token and returns it; stays on end of file.</summary>
    public Token Advance()
    {
        LastToken = Token;
        if (_hasLookahead)
        {
            Token = _lookahead;
            _hasLookahead = false;
        }
        else if (Token.Kind != TokenKind.EndOfFile)
        {
            Token = ReadSignificantToken();
        }

        return Token;
    }

    /// <summary>The non-comment token after <see cref="Token"/>, without moving.</summary>
    public Token Lookahead()
    {
        if (Token.Kind == TokenKind.EndOfFile)
        {
            return Token;
        }

        if (!_hasLookahead)
        {
            _lookahead = ReadSignificantToken();
            _hasLookahead = true;
        }

        return _lookahead;
    }

    private Token ReadSignificantToken()
    {
        var token = ReadToken();
        while (token.Kind == TokenKind.Comment)
        {
            token = ReadToken();
        }

        return token;
    }

    /// <summary>Reads the next token from the source, comments included, without touching <see cref="Token"/>.</summary>
    public Token ReadToken()
    {
        var body = _source;
        var length = body.Length;
        var position = _position;
        while (position < length)
        {
            int code = body[position];
            switch (code)
            {
                case 0xFEFF:
                case '\t':
                case ' ':
                case ',':
                    {
                        var run = body.AsSpan(position + 1).IndexOfAnyExcept(Ignored);
                        position = run < 0 ? length : position + 1 + run;
                        continue;
                    }
                case '\n':
                    ++position;
                    ++_line;
                    _lineStart = position;
                    continue;
                case '\r':
                    position += CharAt(position + 1) == '\n' ? 2 : 1;
                    ++_line;
                    _lineStart = position;
                    continue;
                case '#':
                    return ReadComment(position);
                case '!':
                    return Punctuator(TokenKind.Bang, position, 1);
                case '$':
                    return Punctuator(TokenKind.Dollar, position, 1);
                case '&':
                    return Punctuator(TokenKind.Amp, position, 1);
                case '(':
                    return Punctuator(TokenKind.ParenL, position, 1);
                case ')':
                    return Punctuator(TokenKind.ParenR, position, 1);
                case '.':
                    {
                        var next = CharAt(position + 1);
                        if (next == '.' && CharAt(position + 2) == '.')
                        {
                            return Punctuator(TokenKind.Spread, position, 3);
                        }

                        if (next == '.')
                        {
                            throw Error(position, "Unexpected \"..\", did you mean \"...\"?");
                        }

                        if (IsDigit(next))
                        {
                            var digits = body[(position + 1)..ReadDigits(position + 1, next)];
                            throw Error(position, $"Invalid number, expected digit before \".\", did you mean \"0.{digits}\"?");
                        }

                        break;
                    }

                case ':':
                    return Punctuator(TokenKind.Colon, position, 1);
                case '=':
                    return Punctuator(TokenKind.Equals, position, 1);
                case '@':
                    return Punctuator(TokenKind.At, position, 1);
                case '[':
                    return Punctuator(TokenKind.BracketL, position, 1);
                case ']':
                    return Punctuator(TokenKind.BracketR, position, 1);
                case '{':
                    return Punctuator(TokenKind.BraceL, position, 1);
                case '|':
                    return Punctuator(TokenKind.Pipe, position, 1);
                case '}':
                    return Punctuator(TokenKind.BraceR, position, 1);
                case '"':
                    return CharAt(position + 1) == '"' && CharAt(position + 2) == '"'
                        ? ReadBlockString(position)
                        : ReadString(position);
            }

            if (IsDigit(code) || code == '-')
            {
                return ReadNumber(position, code);
            }

            if (IsNameStart(code))
            {
                return ReadName(position);
            }

            throw Error(
                position,
                code == '\''
                    ? "Unexpected single quote character ('), did you mean to use a double quote (\")?"
                    : IsUnicodeScalarValue(code) || IsSupplementaryCodePoint(position)
                        ? $"Unexpected character: {PrintCodePointAt(position)}."
                        : $"Invalid character: {PrintCodePointAt(position)}.");
        }

        _position = length;
        return CreateToken(TokenKind.EndOfFile, length, length, null);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Token Punctuator(TokenKind kind, int start, int size) => CreateToken(kind, start, start + size, null);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Token CreateToken(TokenKind kind, int start, int end, string? value)
    {
        _position = end;
        return new Token(kind, start, end, _line, 1 + start - _lineStart, value);
    }

    /// <summary>The code unit at a position, or -1 past the end (JavaScript's NaN, which equals nothing).</summary>
    private int CharAt(int position) => (uint)position < (uint)_source.Length ? _source[position] : -1;

    private bool IsSupplementaryCodePoint(int position) =>
        IsLeadingSurrogate(CharAt(position)) && IsTrailingSurrogate(CharAt(position + 1));

    /// <summary>How graphql-js shows the character at a position in an error: "x", '"', U+XXXX or &lt;EOF&gt;.</summary>
    private string PrintCodePointAt(int position)
    {
        if (position >= _source.Length)
        {
            return TokenKind.EndOfFile.Describe();
        }

        int code = _source[position];
        if (IsSupplementaryCodePoint(position))
        {
            code = char.ConvertToUtf32(_source[position], _source[position + 1]);
        }

        if (code >= 0x20 && code <= 0x7E)
        {
            return code == '"' ? "'\"'" : $"\"{(char)code}\"";
        }

        return "U+" + code.ToString("X4", CultureInfo.InvariantCulture);
    }

    private SyntaxException Error(int position, string description) => new(_source, position, description);

    /// <summary>Comment :: # CommentChar* (§2.1.4)</summary>
    private Token ReadComment(int start)
    {
        var position = start + 1;
        var length = _source.Length;
        while (position < length)
        {
            int code = _source[position];
            if (code == '\n' || code == '\r')
            {
                break;
            }

            if (IsUnicodeScalarValue(code))
            {
                ++position;
            }
            else if (IsSupplementaryCodePoint(position))
            {
                position += 2;
            }
            else
            {
                break;
            }
        }

        return CreateToken(TokenKind.Comment, start, position, _source.Substring(start + 1, position - start - 1));
    }

    /// <summary>Name :: NameStart NameContinue* [lookahead != NameContinue] (§2.1.9)</summary>
    private Token ReadName(int start)
    {
        var body = _source;
        var run = body.AsSpan(start + 1).IndexOfAnyExcept(NameContinue);
        var position = run < 0 ? body.Length : start + 1 + run;

        return CreateToken(TokenKind.Name, start, position, NameTable.Get(body.AsSpan(start, position - start)));
    }
}
