using Translation.Quality.Text;

namespace Translation.Quality.Tagging;

/// <summary>
/// Turns gold word forms into the (text, tokens) pair the tagger takes: forms joined by single
/// spaces, one token per form. Training and evaluation use this so they measure tagging, not
/// our tokenizer's agreement with the treebank.
/// </summary>
internal static class GoldText
{
    public static (string Text, Token[] Tokens) Build(ReadOnlySpan<string> forms)
    {
        var text = string.Join(' ', forms!);
        var tokens = new Token[forms.Length];
        var start = 0;
        for (var i = 0; i < forms.Length; i++)
        {
            var form = forms[i].AsSpan();
            tokens[i] = new Token(start, start + form.Length, KindOf(form), Tokenizer.ShapeOf(form));
            start += form.Length + 1;
        }

        return (text, tokens);
    }

    private static TokenKind KindOf(ReadOnlySpan<char> form)
    {
        bool letterOrDigit = false, allNumeric = true;
        foreach (var c in form)
        {
            letterOrDigit |= char.IsLetterOrDigit(c);
            allNumeric &= char.IsDigit(c) || c is '.' or ',' or ':';
        }

        if (letterOrDigit)
        {
            return allNumeric ? TokenKind.Number : TokenKind.Word;
        }

        return char.IsPunctuation(form[0]) ? TokenKind.Punctuation : TokenKind.Symbol;
    }
}
