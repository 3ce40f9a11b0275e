using System.Runtime.CompilerServices;
using Translation.Quality.Text;

namespace Translation.Quality.Tagging;

/// <summary>
/// The tagger's feature templates. Training and tagging both go through here, so the two can
/// never disagree; bump <see cref="Version"/> whenever a template changes (old models then refuse to load).
/// </summary>
internal static class FeatureSet
{
    public const int Version = 1;

    /// <summary>Upper bound on features per token (the extractor's buffer size).</summary>
    public const int MaxFeatures = 40;

    // Pseudo-tags for history positions before the sentence start.
    private const int Start1 = PosTagNames.Count;
    private const int Start2 = PosTagNames.Count + 1;

    private static readonly ulong Start1Word = FeatureHash.Of("-START-");
    private static readonly ulong Start2Word = FeatureHash.Of("-START2-");
    private static readonly ulong End1Word = FeatureHash.Of("-END-");
    private static readonly ulong End2Word = FeatureHash.Of("-END2-");

    private enum T
    {
        Bias,
        Word,
        Suffix1,
        Suffix2,
        Suffix3,
        Suffix4,
        Prefix1,
        Prefix2,
        Shape,
        CapitalisedInside,
        CapitalisedInitial,
        AllCaps,
        Hyphen,
        Digit,
        LastPart,
        PrevTag,
        Prev2Tag,
        PrevTwoTags,
        PrevTagWord,
        PrevTagSuffix3,
        PrevWord,
        PrevSuffix3,
        PrevShape,
        Prev2Word,
        NextWord,
        NextSuffix3,
        NextShape,
        Next2Word,
        PrevWordWord,
        WordNextWord,
        Classes,
        PrevTagClasses,
        PrevClasses,
        NextClasses,
        Next2Classes,
        ClassesNextClasses,
    }

    /// <summary>Hashes every token of a sentence into <paramref name="output"/> (same length as tokens).</summary>
    public static void Analyze(string text, ReadOnlySpan<Token> tokens, TagDictionary? dictionary, WordClasses? classes, Span<TokenFeatures> output)
    {
        var sawWord = false;
        for (var i = 0; i < tokens.Length; i++)
        {
            ref var f = ref output[i];
            var t = tokens[i];
            AnalyzeToken(text.AsSpan(t.Start, t.End - t.Start), ref f);
            if (!sawWord && (f.Flags & (TokenFlags.HasLetter | TokenFlags.Digit)) != 0)
            {
                sawWord = true;
                f.Flags |= TokenFlags.SentenceInitial;
            }

            f.DictionaryTag = dictionary is null ? (sbyte)-1 : dictionary.Lookup(f.Exact);
            f.Classes = classes is null ? 0 : classes.Lookup(f.Word);
        }
    }

    /// <summary>True for the token the tagger treats as the sentence's first word.</summary>
    internal static bool IsSentenceInitialWord(ReadOnlySpan<string> forms, int index)
    {
        for (var i = 0; i < forms.Length; i++)
        {
            if (HasLetterOrDigit(forms[i]))
            {
                return i == index;
            }
        }

        return false;
    }

    private static bool HasLetterOrDigit(string s)
    {
        foreach (var c in s)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The hash <see cref="TokenFeatures.Word"/> holds for a form.</summary>
    public static ulong WordHash(ReadOnlySpan<char> form)
    {
        var h = FeatureHash.Offset;
        foreach (var c in form)
        {
            h = FeatureHash.Add(h, Fold(Straighten(c)));
        }

        return h;
    }

    /// <summary>The normalised form behind <see cref="TokenFeatures.Word"/> (for building tables).</summary>
    public static string NormaliseWord(ReadOnlySpan<char> form)
    {
        Span<char> buffer = form.Length <= 256 ? stackalloc char[form.Length] : new char[form.Length];
        for (var i = 0; i < form.Length; i++)
        {
            buffer[i] = Fold(Straighten(form[i]));
        }

        return buffer.ToString();
    }

    /// <summary>The hash <see cref="TokenFeatures.Exact"/> holds for a form.</summary>
    public static ulong ExactHash(ReadOnlySpan<char> form)
    {
        var h = FeatureHash.Offset;
        foreach (var c in form)
        {
            h = FeatureHash.Add(h, Straighten(c));
        }

        return h;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static char Straighten(char c) => c switch
    {
        '\u2019' or '\u2018' or '\u02BC' or '\u2032' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' => '"',
        '\u2013' or '\u2014' or '\u2011' or '\u2010' => '-',
        _ => c,
    };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static char Fold(char c)
    {
        if (c < 128)
        {
            if ((uint)(c - 'A') <= 'Z' - 'A')
            {
                return (char)(c | 0x20);
            }

            return (uint)(c - '0') <= 9 ? '0' : c;
        }

        return char.IsDigit(c) ? '0' : char.ToLowerInvariant(c);
    }

    private static void AnalyzeToken(ReadOnlySpan<char> s, ref TokenFeatures f)
    {
        var exact = FeatureHash.Offset;
        var word = FeatureHash.Offset;
        var last = FeatureHash.Offset;
        var shape = FeatureHash.Offset;
        var prefix1 = FeatureHash.Offset;
        var prefix2 = FeatureHash.Offset;
        var prevShape = '\0';
        int upper = 0, lower = 0;
        var flags = TokenFlags.None;
        var hyphenSeen = false;

        for (var k = 0; k < s.Length; k++)
        {
            var c = Straighten(s[k]);
            exact = FeatureHash.Add(exact, c);
            var folded = Fold(c);
            word = FeatureHash.Add(word, folded);

            char shapeChar;
            if (char.IsUpper(c))
            {
                upper++;
                shapeChar = 'X';
            }
            else if (char.IsLower(c) || char.IsLetter(c))
            {
                lower++;
                shapeChar = 'x';
            }
            else if (char.IsDigit(c))
            {
                flags |= TokenFlags.Digit;
                shapeChar = 'd';
            }
            else
            {
                shapeChar = c;
            }

            if (shapeChar != prevShape)
            {
                shape = FeatureHash.Add(shape, shapeChar);
                prevShape = shapeChar;
            }

            if (c == '-' && k > 0 && k < s.Length - 1)
            {
                hyphenSeen = true;
                last = FeatureHash.Offset;
            }
            else
            {
                last = FeatureHash.Add(last, folded);
            }

            if (k == 0)
            {
                prefix1 = FeatureHash.Add(prefix1, c);
                prefix2 = FeatureHash.Add(prefix2, folded);
            }
            else if (k == 1)
            {
                prefix2 = FeatureHash.Add(prefix2, folded);
            }
        }

        // Suffixes hashed right to left, so one pass gives all four lengths.
        var suffix = FeatureHash.Offset;
        Span<ulong> suffixes = stackalloc ulong[4];
        for (var k = 0; k < 4; k++)
        {
            if (k < s.Length)
            {
                suffix = FeatureHash.Add(suffix, Fold(Straighten(s[s.Length - 1 - k])));
            }

            suffixes[k] = suffix;
        }

        if (upper + lower > 0)
        {
            flags |= TokenFlags.HasLetter;
            if (upper > 0 && char.IsUpper(s[0]))
            {
                flags |= TokenFlags.Capitalised;
            }

            if (lower == 0 && upper >= 2)
            {
                flags |= TokenFlags.AllCaps;
            }
        }

        if (hyphenSeen)
        {
            flags |= TokenFlags.Hyphen;
        }

        f.Word = word;
        f.Exact = exact;
        f.Suffix1 = suffixes[0];
        f.Suffix2 = suffixes[1];
        f.Suffix3 = suffixes[2];
        f.Suffix4 = suffixes[3];
        f.Prefix1 = prefix1;
        f.Prefix2 = prefix2;
        f.Shape = shape;
        f.LastPart = hyphenSeen ? last : 0;
        f.Flags = flags;
    }

    /// <summary>
    /// Writes the weight offsets (bucket × tag count) of token <paramref name="i"/>'s features.
    /// <paramref name="prev"/> and <paramref name="prev2"/> are the tags already chosen to its left (-1 before the start).
    /// </summary>
    /// <returns>The number of offsets written.</returns>
    public static int Extract(ReadOnlySpan<TokenFeatures> tokens, int i, int prev, int prev2, int bucketMask, Span<int> offsets)
    {
        ref readonly var w = ref tokens[i];
        var p1 = prev < 0 ? Start1 : prev;
        var p2 = prev2 < 0 ? (prev < 0 ? Start2 : Start1) : prev2;

        ulong prevWord, prevSuffix, prevShape, prev2Word, nextWord, nextSuffix, nextShape, next2Word;
        ulong prevClasses, nextClasses, next2Classes;
        if (i > 0)
        {
            ref readonly var p = ref tokens[i - 1];
            prevWord = p.Word;
            prevSuffix = p.Suffix3;
            prevShape = p.Shape;
            prevClasses = p.Classes;
            prev2Word = i > 1 ? tokens[i - 2].Word : Start1Word;
        }
        else
        {
            prevWord = prevSuffix = prevShape = prevClasses = Start1Word;
            prev2Word = Start2Word;
        }

        if (i + 1 < tokens.Length)
        {
            ref readonly var n = ref tokens[i + 1];
            nextWord = n.Word;
            nextSuffix = n.Suffix3;
            nextShape = n.Shape;
            nextClasses = n.Classes;
            next2Word = i + 2 < tokens.Length ? tokens[i + 2].Word : End1Word;
            next2Classes = i + 2 < tokens.Length ? tokens[i + 2].Classes : End1Word;
        }
        else
        {
            nextWord = nextSuffix = nextShape = nextClasses = End1Word;
            next2Word = next2Classes = End2Word;
        }

        var count = 0;
        Add(offsets, ref count, bucketMask, FeatureHash.Mix((int)T.Bias, 0));
        Add(offsets, ref count, bucketMask, FeatureHash.Mix((int)T.Word, w.Word));
        Add(offsets, ref count, bucketMask, FeatureHash.Mix((int)T.Suffix1, w.Suffix1));
        Add(offsets, ref count, bucketMask, FeatureHash.Mix((int)T.Suffix2, w.Suffix2));
        Add(offsets, ref count, bucketMask, FeatureHash.Mix((int)T.Suffix3, w.Suffix3));
        Add(offsets, ref count, bucketMask, FeatureHash.Mix((int)T.Suffix4, w.Suffix4));
        Add(offsets, ref count, bucketMask, FeatureHash.Mix((int)T.Prefix1, w.Prefix1));
        Add(offsets, ref count, bucketMask, FeatureHash.Mix((int)T.Prefix2, w.Prefix2));
        Add(offsets, ref count, bucketMask, FeatureHash.Mix((int)T.Shape, w.Shape));

        var flags = w.Flags;
        if ((flags & TokenFlags.Capitalised) != 0)
        {
            var template = (flags & TokenFlags.SentenceInitial) != 0 ? T.CapitalisedInitial : T.CapitalisedInside;
            Add(offsets, ref count, bucketMask, FeatureHash.Mix((int)template, 0));
        }

        if ((flags & TokenFlags.AllCaps) != 0)
        {
            Add(offsets, ref count, bucketMask, FeatureHash.Mix((int)T.AllCaps, 0));
        }

        if ((flags & TokenFlags.Hyphen) != 0)
        {
            Add(offsets, ref count, bucketMask, FeatureHash.Mix((int)T.Hyphen, 0));
            Add(offsets, ref count, bucketMask, FeatureHash.Mix((int)T.LastPart, w.LastPart));
        }

        if ((flags & TokenFlags.Digit) != 0)
        {
            Add(offsets, ref count, bucketMask, FeatureHash.Mix((int)T.Digit, 0));
        }

        Add(offsets, ref count, bucketMask, FeatureHash.Mix((int)T.PrevTag, (ulong)p1));
        Add(offsets, ref count, bucketMask, FeatureHash.Mix((int)T.Prev2Tag, (ulong)p2));
        Add(offsets, ref count, bucketMask, FeatureHash.Mix((int)T.PrevTwoTags, (ulong)(p1 * 32 + p2)));
        Add(offsets, ref count, bucketMask, FeatureHash.Mix((int)T.PrevTagWord, (ulong)p1, w.Word));
        Add(offsets, ref count, bucketMask, FeatureHash.Mix((int)T.PrevTagSuffix3, (ulong)p1, w.Suffix3));
        Add(offsets, ref count, bucketMask, FeatureHash.Mix((int)T.PrevWord, prevWord));
        Add(offsets, ref count, bucketMask, FeatureHash.Mix((int)T.PrevSuffix3, prevSuffix));
        Add(offsets, ref count, bucketMask, FeatureHash.Mix((int)T.PrevShape, prevShape));
        Add(offsets, ref count, bucketMask, FeatureHash.Mix((int)T.Prev2Word, prev2Word));
        Add(offsets, ref count, bucketMask, FeatureHash.Mix((int)T.NextWord, nextWord));
        Add(offsets, ref count, bucketMask, FeatureHash.Mix((int)T.NextSuffix3, nextSuffix));
        Add(offsets, ref count, bucketMask, FeatureHash.Mix((int)T.NextShape, nextShape));
        Add(offsets, ref count, bucketMask, FeatureHash.Mix((int)T.Next2Word, next2Word));
        Add(offsets, ref count, bucketMask, FeatureHash.Mix((int)T.PrevWordWord, prevWord, w.Word));
        Add(offsets, ref count, bucketMask, FeatureHash.Mix((int)T.WordNextWord, w.Word, nextWord));
        Add(offsets, ref count, bucketMask, FeatureHash.Mix((int)T.Classes, w.Classes));
        Add(offsets, ref count, bucketMask, FeatureHash.Mix((int)T.PrevTagClasses, (ulong)p1, w.Classes));
        Add(offsets, ref count, bucketMask, FeatureHash.Mix((int)T.PrevClasses, prevClasses));
        Add(offsets, ref count, bucketMask, FeatureHash.Mix((int)T.NextClasses, nextClasses));
        Add(offsets, ref count, bucketMask, FeatureHash.Mix((int)T.Next2Classes, next2Classes));
        Add(offsets, ref count, bucketMask, FeatureHash.Mix((int)T.ClassesNextClasses, w.Classes, nextClasses));
        return count;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Add(Span<int> offsets, ref int count, int bucketMask, ulong hash) =>
        offsets[count++] = (int)((uint)(hash >> 32) & (uint)bucketMask) * PosTagNames.Count;
}
