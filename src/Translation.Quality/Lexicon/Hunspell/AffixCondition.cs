namespace Translation.Quality.Lexicon.Hunspell;

/// <summary>
/// A Hunspell affix condition: a sequence of single characters, '.' (any) and bracket sets
/// ("[^aeiou]"), matched against the start of a word (prefixes) or its end (suffixes).
/// </summary>
internal sealed class AffixCondition
{
    public static readonly AffixCondition Any = new([]);

    private readonly Element[] _elements;

    private AffixCondition(Element[] elements) => _elements = elements;

    public static AffixCondition Parse(string text)
    {
        if (text is "." or "")
        {
            return Any;
        }

        var elements = new List<Element>();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '[')
            {
                var close = text.IndexOf(']', i + 1);
                if (close < 0)
                {
                    throw new FormatException($"unclosed '[' in affix condition '{text}'");
                }

                var negated = close > i + 1 && text[i + 1] == '^';
                var set = text.Substring(negated ? i + 2 : i + 1, close - i - (negated ? 2 : 1));
                elements.Add(new Element(set, negated, false));
                i = close;
            }
            else
            {
                elements.Add(c == '.' ? new Element(string.Empty, false, true) : new Element(c.ToString(), false, false));
            }
        }

        return new AffixCondition([.. elements]);
    }

    public bool MatchesEnd(string word)
    {
        if (word.Length < _elements.Length)
        {
            return false;
        }

        var offset = word.Length - _elements.Length;
        for (var i = 0; i < _elements.Length; i++)
        {
            if (!_elements[i].Matches(word[offset + i]))
            {
                return false;
            }
        }

        return true;
    }

    public bool MatchesStart(string word)
    {
        if (word.Length < _elements.Length)
        {
            return false;
        }

        for (var i = 0; i < _elements.Length; i++)
        {
            if (!_elements[i].Matches(word[i]))
            {
                return false;
            }
        }

        return true;
    }

    private readonly record struct Element(string Chars, bool Negated, bool Wildcard)
    {
        public bool Matches(char c) => Wildcard || (Chars.Contains(c, StringComparison.Ordinal) != Negated);
    }
}
