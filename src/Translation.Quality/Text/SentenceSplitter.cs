using System.Collections.Frozen;

namespace Translation.Quality.Text;

/// <summary>
/// Splits wire copy into sentences over its tokens, keeping exact offsets. Datelines and agency
/// credits ("PARIS (AFP) –", "MADRID, March 3 (Reuters) -", "© 2023 AFP"), bylines and bullets
/// become segments of their own. It never repairs text: a stray "Russia." after a full stop stays
/// its own sentence so that rules can flag it.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>Titles before a name: a full stop after them never ends a sentence.</summary>
    private static readonly FrozenSet<string> Titles = new[]
    {
        "Mr", "Mrs", "Ms", "Messrs", "Mme", "Mlle", "Dr", "Drs", "Prof", "Gen", "Gens", "Lt", "Col", "Maj", "Capt", "Cmdr", "Cdr",
        "Adm", "Sgt", "Cpl", "Pvt", "Brig", "Cmdt", "Gov", "Govs", "Sen", "Sens", "Rep", "Reps", "Rev", "Hon", "Amb", "Atty",
        "Pres", "Supt", "Det", "Insp", "Fr", "Mt", "Ft", "Msgr",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Abbreviations that can also close a sentence ("Apple Inc. The company…"): their full stop
    /// ends one only before a word that typically opens a sentence.
    /// </summary>
    private static readonly FrozenSet<string> AmbiguousAbbreviations = new[]
    {
        "St", "No", "Nos", "Vol", "Vols", "Inc", "Corp", "Co", "Ltd", "Bros", "Jr", "Sr", "Ave", "Blvd", "Rd", "Dept", "Univ", "Assn",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
        "Fig", "Figs", "approx", "est", "cf", "vs", "v", "al", "ca", "op", "p", "pp", "para", "paras", "co", "fig", "figs",
        "vol", "vols", "ch", "sec", "art", "no", "nos", "ed", "eds", "dept", "tel", "ext", "Art", "Ch", "Para", "Sec", "Ed",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Capitalised words that usually open a sentence (closed-class words, mostly).</summary>
    private static readonly FrozenSet<string> SentenceStarters = new[]
    {
        "The", "A", "An", "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "We", "I", "You", "His", "Her",
        "Their", "Our", "My", "There", "Here", "In", "On", "At", "By", "For", "From", "With", "Without", "To", "Of", "Under",
        "But", "And", "Or", "So", "Yet", "Nor", "However", "Meanwhile", "Moreover", "Still", "Also", "Then", "Now", "Thus",
        "After", "Before", "According", "As", "When", "While", "Where", "If", "Although", "Though", "Since", "Because", "Once",
        "Some", "Many", "Most", "All", "Several", "Both", "Each", "Every", "Other", "Such", "Few", "No", "None", "One", "Two",
        "Three", "Last", "Earlier", "Later", "Officials", "Police", "What", "Who", "Why", "How", "Mr", "Mrs", "Ms", "Dr",
        "Did", "Do", "Does", "Is", "Are", "Was", "Were", "Can", "Could", "Will", "Would", "Should", "Has", "Have", "Had",
        "Let", "Please", "Asked", "Despite", "During", "Until", "Over", "About", "Among", "Instead",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that follow "a.m." / "p.m." inside a sentence: "5 p.m. Monday", "7 a.m. GMT".</summary>
    private static readonly FrozenSet<string> TimeQualifiers = new[]
    {
        "GMT", "UTC", "ET", "EST", "EDT", "CT", "CST", "CDT", "PT", "PST", "PDT", "CET", "CEST", "BST", "MSK", "JST", "KST", "IST", "Z",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec", "Eastern", "Central", "Pacific", "Moscow", "Paris", "Beijing", "Tokyo",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>News agencies as they appear in a dateline's brackets.</summary>
    private static readonly FrozenSet<string> Agencies = new[]
    {
        "AFP", "AP", "Reuters", "dpa", "DPA", "EFE", "ANSA", "Xinhua", "TASS", "Tass", "RIA", "RIA Novosti", "Interfax", "Bloomberg",
        "UPI", "Kyodo", "Yonhap", "PTI", "IANS", "Anadolu", "AA", "Belga", "APA", "KNA", "epd", "Europa Press", "Lusa", "ATS",
        "SDA", "ATS/SDA", "NTB", "TT", "Ritzau", "BNS", "PAP", "CTK", "MTI", "Agence France-Presse", "Associated Press", "AFPTV",
        "AFP-Services", "Notimex", "Prensa Latina", "Sputnik", "Ukrinform", "Unian", "UNIAN", "WAM", "SPA", "IRNA", "MENA", "KCNA",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Lower-case words allowed inside a dateline's place name: "Rio de Janeiro", "Frankfurt am Main".</summary>
    private static readonly FrozenSet<string> PlaceParticles = new[]
    {
        "de", "del", "da", "do", "dos", "das", "di", "la", "le", "les", "el", "am", "an", "on", "upon", "sur", "en", "es", "of",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Dateline scan window, in tokens.</summary>
    private const int DatelineMaxTokens = 24;

    public static Sentence[] Split(string text, Token[] tokens)
    {
        var sentences = new List<Sentence>(tokens.Length / 20 + 1);
        var first = 0;
        var i = 0;
        while (i < tokens.Length)
        {
            if (i == first)
            {
                var datelineEnd = DatelineEnd(text, tokens, first);
                if (datelineEnd > first && datelineEnd < tokens.Length)
                {
                    Add(sentences, tokens, first, datelineEnd);
                    first = i = datelineEnd;
                    continue;
                }
            }

            // A bullet inside a line opens a new segment: "• first point • second point".
            if (i > first && IsBullet(text[tokens[i].Start]) && tokens[i].Start > tokens[i - 1].End)
            {
                Add(sentences, tokens, first, i);
                first = i;
                continue;
            }

            if (i + 1 < tokens.Length && BreaksAtLine(text, tokens, i))
            {
                Add(sentences, tokens, first, i + 1);
                first = i = i + 1;
                continue;
            }

            var terminal = TerminalKind(text, tokens, first, i);
            if (terminal == Terminal.None)
            {
                i++;
                continue;
            }

            // Closing quotes and brackets right after the terminal stay with this sentence.
            var last = i;
            while (last + 1 < tokens.Length && tokens[last + 1].Start == tokens[last].End && IsCloser(text[tokens[last + 1].Start]))
            {
                last++;
            }

            // A citation in brackets after a closing quote belongs to the quote: `"…era." (Le Monde, March 3)`.
            if (last > i && IsQuote(text[tokens[last].Start]))
            {
                last = CitationEnd(text, tokens, last);
            }

            if (last + 1 >= tokens.Length)
            {
                break;
            }

            var next = last + 1;
            var adjacent = tokens[next].Start == tokens[last].End;
            if (!adjacent && (HasLineBreakBetween(text, tokens[last].End, tokens[next].Start) || StartsSentence(text, tokens, next, terminal)))
            {
                Add(sentences, tokens, first, next);
                first = i = next;
                continue;
            }

            // "3.5", "U.S.-led", "?!": no space after the stop, no boundary.
            i = last + 1;
        }

        if (first < tokens.Length)
        {
            Add(sentences, tokens, first, tokens.Length);
        }

        return [.. sentences];
    }

    private enum Terminal
    {
        None,

        /// <summary>Ends a sentence before a capital, a digit, an opening quote or bracket.</summary>
        Normal,

        /// <summary>After an abbreviation or initial: ends one only before a typical sentence opener.</summary>
        StarterOnly,

        /// <summary>After "a.m."/"p.m.": ends one before a capitalised word that is not a time zone, day or month.</summary>
        Time,
    }

    private static void Add(List<Sentence> sentences, Token[] tokens, int first, int endToken)
    {
        if (endToken <= first)
        {
            return;
        }

        sentences.Add(new Sentence(tokens[first].Start, tokens[endToken - 1].End, first, endToken - first));
    }

    private static bool HasLineBreakBetween(string text, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (text[k] is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a line break between token i and i+1 ends a segment: a blank line always does; a
    /// single break does unless the text is hard-wrapped mid-sentence (the next line starts in
    /// lower case after a line without closing punctuation).
    /// </summary>
    private static bool BreaksAtLine(string text, Token[] tokens, int i)
    {
        var from = tokens[i].End;
        var to = tokens[i + 1].Start;
        var breaks = 0;
        for (var k = from; k < to; k++)
        {
            var c = text[k];
            if (c == '\r' && k + 1 < to && text[k + 1] == '\n')
            {
                continue;
            }

            if (c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085')
            {
                breaks++;
            }
        }

        if (breaks == 0)
        {
            return false;
        }

        if (breaks >= 2)
        {
            return true;
        }

        // "a) cut taxes;\nb) raise pensions.": each item of a list is a line of its own.
        if (IsListMarker(text, tokens, i + 1) || (text[tokens[i + 1].Start] == '(' && i + 2 < tokens.Length && IsListMarker(text, tokens, i + 2)))
        {
            return true;
        }

        var nextChar = text[tokens[i + 1].Start];
        var lastChar = text[tokens[i].End - 1];
        var continues = char.IsLower(nextChar) && lastChar is not ('.' or '!' or '?' or '\u2026' or ':' or '"' or '\u201D' or ')');
        return !continues;
    }

    private static Terminal TerminalKind(string text, Token[] tokens, int first, int i)
    {
        var token = tokens[i];
        var c = text[token.Start];
        if (token.Kind == TokenKind.Word && token.Length > 1 && text[token.End - 1] == '.')
        {
            // Dotted abbreviations as one token: "U.S.", "a.m.", "e.g.".
            var dotted = token.Slice(text);
            return dotted.Equals("a.m.", StringComparison.OrdinalIgnoreCase) || dotted.Equals("p.m.", StringComparison.OrdinalIgnoreCase)
                ? Terminal.Time
                : Terminal.StarterOnly;
        }

        if (token.Kind != TokenKind.Punctuation)
        {
            return Terminal.None;
        }

        if (c is '!' or '?' or '\u2026' || (c == '.' && token.Length >= 3))
        {
            return Terminal.Normal;
        }

        if (c != '.' || token.Length != 1)
        {
            return Terminal.None;
        }

        if (i == first)
        {
            return Terminal.None;
        }

        var prev = tokens[i - 1];
        if (prev.End != token.Start)
        {
            return Terminal.Normal;
        }

        // "1. First point" at the start of a line is a list marker.
        if (prev.Kind == TokenKind.Number && i - 1 == first && prev.Length <= 3)
        {
            return Terminal.None;
        }

        if (prev.Kind != TokenKind.Word)
        {
            return Terminal.Normal;
        }

        var word = prev.Slice(text);
        if (Titles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
        {
            return Terminal.None;
        }

        if (AmbiguousAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
        {
            return Terminal.StarterOnly;
        }

        // Initials: "J. R. R. Tolkien", "George W. Bush"; but "plan B. The …" and "41 °C. Schools" end.
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            var unit = i >= 2 && tokens[i - 2].End == prev.Start && text[tokens[i - 2].Start] == '\u00B0';
            return unit ? Terminal.Normal : Terminal.StarterOnly;
        }

        return Terminal.Normal;
    }

    private static bool StartsSentence(string text, Token[] tokens, int index, Terminal terminal)
    {
        var token = tokens[index];
        var c = text[token.Start];
        var word = index;

        // Look through an opening quote or bracket to the first word: `… said. "We will…`.
        if (IsOpener(c))
        {
            if (index + 1 >= tokens.Length)
            {
                return false;
            }

            word = index + 1;

            // "(b) Raise pensions.": a lettered or numbered item in brackets opens a sentence.
            if (c == '(' && IsListMarker(text, tokens, word))
            {
                return true;
            }
        }
        else if (terminal == Terminal.Normal && (IsBullet(c) || c is '\u00A9' or '-' or '\u2013' or '\u2014'))
        {
            return true;
        }

        var w = tokens[word];
        var first = text[w.Start];

        // Another initial ("J. A. Ruiz"): "A" and "I" would otherwise pass for sentence openers.
        if (terminal == Terminal.StarterOnly && w.Length == 1 && word + 1 < tokens.Length && tokens[word + 1].Start == w.End && text[w.End] == '.')
        {
            return false;
        }

        return terminal switch
        {
            Terminal.Normal => char.IsUpper(first) || char.IsDigit(first) || (word != index && text[w.Start] is '\u2026' or '.'),
            Terminal.StarterOnly => SentenceStarters.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w.Slice(text)),
            Terminal.Time => char.IsUpper(first) && !TimeQualifiers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w.Slice(text)) && !AfterLeadingTime(text, tokens, index),
            _ => false,
        };
    }

    /// <summary>
    /// The token index just after a dateline that starts at <paramref name="first"/>, or
    /// <paramref name="first"/> when there is none. Recognised: "[date time –] PLACE[, date] (AGENCY) –"
    /// and, at the start of a line, the agency-less "WASHINGTON —".
    /// </summary>
    private static int DatelineEnd(string text, Token[] tokens, int first)
    {
        var byline = BylineEnd(text, tokens, first);
        if (byline > first)
        {
            return byline;
        }

        var limit = Math.Min(tokens.Length, first + DatelineMaxTokens);
        var sawPlace = false;
        var sawAllCapsPlace = false;
        for (var k = first; k < limit; k++)
        {
            if (k > first && HasLineBreakBetween(text, tokens[k - 1].End, tokens[k].Start))
            {
                return first;
            }

            var t = tokens[k];
            var c = text[t.Start];
            if (c == '(' && sawPlace)
            {
                var close = AgencyClose(text, tokens, k, limit);
                if (close < 0)
                {
                    return first;
                }

                var after = close + 1;
                if (after < tokens.Length && IsDash(text, tokens[after]) && !HasLineBreakBetween(text, tokens[close].End, tokens[after].Start))
                {
                    return after + 1;
                }

                if (after < tokens.Length && text[tokens[after].Start] == ':')
                {
                    return after + 1;
                }

                return sawAllCapsPlace && (after >= tokens.Length || char.IsUpper(text[tokens[after].Start])) ? after : first;
            }

            if (IsDash(text, t) && k > first && AtLineStart(text, tokens, first) && AgencylessDateline(text, tokens, first, k))
            {
                // "WASHINGTON —": unless an agency follows later on the same line ("15/09/2023 – Moscow (AFP) –").
                // Only then look further: recursing into the next line too would go one level deeper per
                // line, and 100,000 lines of "1 -" overflowed the stack (a crash no catch can stop).
                if (k + 1 < tokens.Length && LooksLikeDateTime(text, tokens, first, k) && !HasLineBreakBetween(text, tokens[k].End, tokens[k + 1].Start))
                {
                    var later = DatelineEnd(text, tokens, k + 1);
                    return later > k + 1 ? later : k + 1;
                }

                return k + 1;
            }

            switch (t.Kind)
            {
                case TokenKind.Number:
                    continue;
                case TokenKind.Word when t.Shape is TokenShape.Capitalised or TokenShape.AllCaps or TokenShape.Mixed:
                    sawPlace = true;
                    sawAllCapsPlace |= t.Shape == TokenShape.AllCaps && t.Length >= 3;
                    continue;
                case TokenKind.Word when PlaceParticles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(t.Slice(text)) && sawPlace:
                    continue;
                case TokenKind.Punctuation when c is ',' or '/' or ':' || IsDash(text, t):
                    continue;
                case TokenKind.Punctuation when c == '.' && k > first && tokens[k - 1].Kind == TokenKind.Word && tokens[k - 1].Length <= 5:
                    // "Sept. 15", "St. Petersburg".
                    continue;
                default:
                    return first;
            }
        }

        return first;
    }

    /// <summary>
    /// "By Jane Doe" run into the dateline on the same line ("By Jane Doe PARIS (AFP) –"): the
    /// token index where the dateline starts, so that the byline is a segment of its own.
    /// </summary>
    private static int BylineEnd(string text, Token[] tokens, int first)
    {
        if (!tokens[first].Slice(text).Equals("By", StringComparison.Ordinal))
        {
            return first;
        }

        for (var k = first + 1; k < tokens.Length && k <= first + 12; k++)
        {
            var t = tokens[k];
            if (HasLineBreakBetween(text, tokens[k - 1].End, t.Start))
            {
                return first;
            }

            if (k > first + 1 && t.Shape == TokenShape.AllCaps && t.Length >= 3 && DatelineEnd(text, tokens, k) > k)
            {
                return k;
            }

            if (!(t.Kind == TokenKind.Word && (t.Shape is TokenShape.Capitalised or TokenShape.Mixed || t.Slice(text) is "and")) && text[t.Start] is not ('.' or ','))
            {
                return first;
            }
        }

        return first;
    }

    /// <summary>The index of the ")" closing "(AGENCY)" that opens at <paramref name="open"/>, or -1.</summary>
    private static int AgencyClose(string text, Token[] tokens, int open, int limit)
    {
        for (var k = open + 1; k < Math.Min(limit + 4, tokens.Length) && k <= open + 6; k++)
        {
            if (text[tokens[k].Start] != ')')
            {
                continue;
            }

            if (k == open + 1)
            {
                return -1;
            }

            var inner = text.AsSpan(tokens[open + 1].Start, tokens[k - 1].End - tokens[open + 1].Start);
            foreach (var range in inner.SplitAny("/,"))
            {
                var part = inner[range].Trim();
                if (part.Length == 0 || !Agencies.GetAlternateLookup<ReadOnlySpan<char>>().Contains(part))
                {
                    return Agencies.GetAlternateLookup<ReadOnlySpan<char>>().Contains(inner.Trim()) ? k : -1;
                }
            }

            return k;
        }

        return -1;
    }

    /// <summary>"WASHINGTON", "KYIV, Ukraine", "BUENOS AIRES": a place in capitals, maybe with its country.</summary>
    private static bool AgencylessDateline(string text, Token[] tokens, int first, int dash)
    {
        if (LooksLikeDateTime(text, tokens, first, dash))
        {
            return true;
        }

        var t = tokens[first];
        if (t.Kind != TokenKind.Word || t.Shape != TokenShape.AllCaps || t.Length < 3)
        {
            return false;
        }

        for (var k = first + 1; k < dash; k++)
        {
            var x = tokens[k];
            if (!(x.Kind == TokenKind.Word && x.Shape is TokenShape.AllCaps or TokenShape.Capitalised) && text[x.Start] != ',' && x.Kind != TokenKind.Number)
            {
                return false;
            }
        }

        return dash - first <= 6;
    }

    /// <summary>"15/09/2023 07:58:41": only numbers and separators before the dash.</summary>
    private static bool LooksLikeDateTime(string text, Token[] tokens, int first, int dash)
    {
        for (var k = first; k < dash; k++)
        {
            if (tokens[k].Kind != TokenKind.Number && text[tokens[k].Start] is not ('/' or ':' or ','))
            {
                return false;
            }
        }

        return dash > first;
    }

    /// <summary>"a)", "b.", "12)" (a letter or short number, then ")" or "." and a space).</summary>
    private static bool IsListMarker(string text, Token[] tokens, int k)
    {
        if (k + 2 >= tokens.Length)
        {
            return false;
        }

        var marker = tokens[k];
        var mark = tokens[k + 1];
        var isMarker = (marker.Kind == TokenKind.Word && marker.Length == 1 && char.IsLetter(text[marker.Start]))
            || (marker.Kind == TokenKind.Number && marker.Length <= 2);
        var closes = mark.Start == marker.End && mark.Length == 1 && (text[mark.Start] == ')' || (text[mark.Start] == '.' && marker.Kind == TokenKind.Word && char.IsLower(text[marker.Start])));
        return isMarker && closes && tokens[k + 2].Start > mark.End;
    }

    /// <summary>
    /// "At 5 a.m. Mr. Smith went…": the sentence so far is only a leading time phrase (a capitalised
    /// preposition, numbers and the a.m./p.m. token), so the clause it introduces follows.
    /// </summary>
    private static bool AfterLeadingTime(string text, Token[] tokens, int index)
    {
        var time = index - 1;
        while (time > 0 && tokens[time].Kind == TokenKind.Punctuation && IsCloser(text[tokens[time].Start]))
        {
            time--;
        }

        var start = time;
        while (start > 0 && time - start < 6 && !HasLineBreakBetween(text, tokens[start - 1].End, tokens[start].Start)
            && (tokens[start - 1].Kind == TokenKind.Number || text[tokens[start - 1].Start] is ':' or '.' || tokens[start - 1].Kind == TokenKind.Word))
        {
            start--;
            if (tokens[start].Kind == TokenKind.Word && tokens[start].Shape == TokenShape.Capitalised)
            {
                break;
            }
        }

        var lead = tokens[start].Slice(text);
        if (!(lead is "At" or "By" or "From" or "Until" or "Till" or "Before" or "After" or "Around" or "About" or "Shortly" or "Since"))
        {
            return false;
        }

        for (var k = start + 1; k < time; k++)
        {
            if (tokens[k].Kind == TokenKind.Word && !(tokens[k].Slice(text) is "about" or "around" or "before" or "after" or "until" or "noon" or "midnight"))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// After a closing quote at <paramref name="last"/>: the end of a short bracketed citation that
    /// follows it on the same line (and a full stop right after it), or <paramref name="last"/>.
    /// </summary>
    private static int CitationEnd(string text, Token[] tokens, int last)
    {
        var open = last + 1;
        if (open >= tokens.Length || text[tokens[open].Start] is not ('(' or '[') || HasLineBreakBetween(text, tokens[last].End, tokens[open].Start))
        {
            return last;
        }

        var closer = text[tokens[open].Start] == '(' ? ')' : ']';
        for (var k = open + 1; k < tokens.Length && k <= open + 12; k++)
        {
            var c = text[tokens[k].Start];
            if (HasLineBreakBetween(text, tokens[k - 1].End, tokens[k].Start) || c is '!' or '?' || (c == '.' && tokens[k].Length == 1 && k + 1 < tokens.Length && (tokens[k + 1].Start > tokens[k].End || text[tokens[k + 1].Start] == closer)))
            {
                return last;
            }

            if (c == closer)
            {
                // A list marker "(b)" opens the next item; a citation has more than one letter or is a number.
                if (k == open + 2 && tokens[open + 1].Kind == TokenKind.Word && tokens[open + 1].Length == 1)
                {
                    return last;
                }

                var end = k;
                if (end + 1 < tokens.Length && tokens[end + 1].Start == tokens[end].End && text[tokens[end + 1].Start] == '.')
                {
                    end++;
                }

                return end;
            }
        }

        return last;
    }

    private static bool IsQuote(char c) => c is '"' or '\u201D' or '\u2019' or '\'' or '\u00BB';

    private static bool AtLineStart(string text, Token[] tokens, int index) =>
        index == 0 || HasLineBreakBetween(text, tokens[index - 1].End, tokens[index].Start);

    private static bool IsDash(string text, Token token) =>
        token.Kind == TokenKind.Punctuation && text[token.Start] is '-' or '\u2013' or '\u2014' or '\u2012' or '\u2015';

    private static bool IsBullet(char c) => c is '\u2022' or '\u25AA' or '\u25E6' or '\u2023' or '\u25CF' or '\u25A0' or '\u2043';

    private static bool IsCloser(char c) => c is '"' or '\'' or '\u201D' or '\u2019' or ')' or ']' or '\u00BB' or '}';

    private static bool IsOpener(char c) => c is '"' or '\'' or '\u201C' or '\u2018' or '(' or '[' or '\u00AB';
}
