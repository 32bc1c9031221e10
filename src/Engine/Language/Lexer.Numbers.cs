using static Graph.Engine.Language.CharacterClasses;

namespace Graph.Engine.Language;

public sealed partial class Lexer
{
    /// <summary>
    /// IntValue :: IntegerPart [lookahead != {Digit, ., NameStart}];
    /// FloatValue :: IntegerPart FractionalPart ExponentPart? | IntegerPart ExponentPart, with the same
    /// lookahead restriction (§2.1.9, §2.9.1, §2.9.2).
    /// </summary>
    private Token ReadNumber(int start, int firstCode)
    {
        var position = start;
        var code = firstCode;
        var isFloat = false;

        if (code == '-')
        {
            code = CharAt(++position);
        }

        if (code == '0')
        {
            code = CharAt(++position);
            if (IsDigit(code))
            {
                throw Error(position, $"Invalid number, unexpected digit after 0: {PrintCodePointAt(position)}.");
            }
        }
        else
        {
            position = ReadDigits(position, code);
            code = CharAt(position);
        }

        if (code == '.')
        {
            isFloat = true;
            code = CharAt(++position);
            position = ReadDigits(position, code);
            code = CharAt(position);
        }

        if (code == 'E' || code == 'e')
        {
            isFloat = true;
            code = CharAt(++position);
            if (code == '+' || code == '-')
            {
                code = CharAt(++position);
            }

            position = ReadDigits(position, code);
            code = CharAt(position);
        }

        if (code == '.' || IsNameStart(code))
        {
            throw Error(position, $"Invalid number, expected digit but got: {PrintCodePointAt(position)}.");
        }

        return CreateToken(isFloat ? TokenKind.Float : TokenKind.Int, start, position, _source.Substring(start, position - start));
    }

    /// <summary>Digit+ starting at <paramref name="start"/>; returns the position after the last digit.</summary>
    private int ReadDigits(int start, int firstCode)
    {
        if (!IsDigit(firstCode))
        {
            throw Error(start, $"Invalid number, expected digit but got: {PrintCodePointAt(start)}.");
        }

        var position = start + 1;
        while (IsDigit(CharAt(position)))
        {
            ++position;
        }

        return position;
    }
}
