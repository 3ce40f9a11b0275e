using Translation.Quality.Documents;

namespace Translation.Quality.Rules.Kinds.Bilingual;

/// <summary>Content words on each side of a link: what omission and addition compare.</summary>
internal static class ContentRatio
{
    public static int Count(string text, TextSpan range, string language)
    {
        var n = 0;
        foreach (var w in BilingualWords.Words(text, range.Start, range.End))
        {
            // Numbers carry content on both sides alike: "33 150 spectateurs" / "33,150 spectators".
            if (char.IsDigit(text[w.Start]))
            {
                n++;
                continue;
            }

            // Hyphenated words count by their parts: "a-t-il" is no content, "demi-heure" is two words.
            var word = text.AsSpan(w.Start, w.Length);
            foreach (var part in word.Split('-'))
            {
                var piece = word[part];
                if (BilingualWords.IsContent(piece, language))
                {
                    n += Weight(piece, language);
                }
            }
        }

        return n;
    }

    /// <summary>A German compound says what English says in two or three words: "Impfkampagnen" = "vaccination campaigns".</summary>
    private static int Weight(ReadOnlySpan<char> word, string language) =>
        language != "de" ? 1 : word.Length >= 20 ? 3 : word.Length >= 13 ? 2 : 1;

    /// <summary>
    /// The article's own target/source content-word ratio: the median over its 1–1 links. Each translator and
    /// pair has its own; a sentence is measured against its article's, so one terse desk is not all flagged.
    /// </summary>
    public static double ArticleRatio(RuleContext context, double fallback)
    {
        var memo = BilingualMemo.Of(context);
        return memo.Ratio ??= Compute(context, fallback);
    }

    private static double Compute(RuleContext context, double fallback)
    {
        var ratios = new List<double>();
        foreach (var view in LinkView.All(context))
        {
            if (view.OneToOne && !view.Untranslated && view.Source is { } s && view.Target is { } t)
            {
                var sw = BilingualMemo.Of(context).ContentWords(context, source: true, s);
                if (sw >= 4)
                {
                    ratios.Add((double)BilingualMemo.Of(context).ContentWords(context, source: false, t) / sw);
                }
            }
        }

        if (ratios.Count < 3)
        {
            return fallback;
        }

        ratios.Sort();
        return Math.Clamp(ratios[ratios.Count / 2], 0.7 * fallback, 1.4 * fallback);
    }

    /// <summary>For a 1–0 link: the target range of a 0–1 link right beside it (one sentence the aligner could not pair), else null.</summary>
    public static TextSpan? Substitute(RuleContext context, int linkIndex)
    {
        var links = context.Bilingual!.Links;
        var sentences = context.Analysis.Sentences;
        foreach (var k in new[] { linkIndex + 1, linkIndex - 1 })
        {
            if (k >= 0 && k < links.Count && links[k].Source.Count == 0 && links[k].Target.Count > 0)
            {
                return new TextSpan(sentences[links[k].Target[0]].Start, sentences[links[k].Target[^1]].End);
            }
        }

        return null;
    }

    /// <summary>For a 0–1 link: the source range of a 1–0 link right beside it, else null.</summary>
    public static TextSpan? SubstitutedSource(RuleContext context, int linkIndex)
    {
        var bilingual = context.Bilingual!;
        foreach (var k in new[] { linkIndex - 1, linkIndex + 1 })
        {
            if (k >= 0 && k < bilingual.Links.Count && bilingual.Links[k].Target.Count == 0 && bilingual.SourceRange(bilingual.Links[k]) is { } range)
            {
                return range;
            }
        }

        return null;
    }

    /// <summary>
    /// For a 1–0 link: whether the translation of a link beside it holds enough content words for its own source
    /// and this one too (a merged sentence the aligner read as 1–1 plus 1–0).
    /// </summary>
    public static bool AbsorbedByNeighbour(RuleContext context, int linkIndex, int sourceWords, double minRatio)
    {
        var bilingual = context.Bilingual!;
        var links = bilingual.Links;
        var sentences = context.Analysis.Sentences;
        foreach (var k in new[] { linkIndex - 1, linkIndex + 1 })
        {
            if (k < 0 || k >= links.Count || links[k].Target.Count == 0 || bilingual.SourceRange(links[k]) is not { } other)
            {
                continue;
            }

            var target = new TextSpan(sentences[links[k].Target[0]].Start, sentences[links[k].Target[^1]].End);
            var targetWords = BilingualMemo.Of(context).ContentWords(context, source: false, target);
            var ownWords = BilingualMemo.Of(context).ContentWords(context, source: true, other);
            if (targetWords >= minRatio * (ownWords + sourceWords) && targetWords > ownWords)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The target sentence next to a link that has none: where a finding about a lost source sentence goes.</summary>
    public static TextSpan? Neighbour(RuleContext context, int linkIndex)
    {
        var links = context.Bilingual!.Links;
        var sentences = context.Analysis.Sentences;
        for (var d = 1; d < links.Count; d++)
        {
            foreach (var k in new[] { linkIndex - d, linkIndex + d })
            {
                if (k >= 0 && k < links.Count && links[k].Target.Count > 0)
                {
                    var t = k < linkIndex ? links[k].Target[^1] : links[k].Target[0];
                    return new TextSpan(sentences[t].Start, sentences[t].End);
                }
            }
        }

        return null;
    }
}
