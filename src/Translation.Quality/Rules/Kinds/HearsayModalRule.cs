using System.Collections.Frozen;
using Translation.Quality.Text;
using Translation.Quality.Yaml;

namespace Translation.Quality.Rules.Kinds;

/// <summary>
/// <c>kind: hearsay-modal</c> — a source's modal of hearsay rendered as an English modal: French and
/// Spanish conditional ("aurait payé", "habría huido") as "would have paid", "serait" as "would be";
/// German "soll … haben" as "should have met", "soll … planen" as "should be planning". English
/// reads those as counterfactuals or advice; the source meant "reportedly" / "is said to".
/// Fires on <c>modals</c> + "have" + a participle (or + "be", with <c>be: true</c>) outside quotes,
/// when the sentence or the one before it attributes the claim (<c>cues</c>: "according to",
/// "sources", "the newspaper"… or a speech verb after the modal: ", police said"), and stays quiet
/// for real conditionals ("if", "without", "otherwise", "would have liked") and for reported speech
/// (a speech verb before the modal: "said he would have"). <c>beOnlyProgressive</c> keeps "be" to
/// "should be planning" (German "soll planen"), since "should be finished by May" is English;
/// <c>requireCue: false</c> fires without an attribution (German "soll" is hearsay by itself).
/// </summary>
public sealed class HearsayModalRule : IRule
{
    /// <summary>Words that make the modal a real conditional, a wish or a comparison.</summary>
    private static readonly FrozenSet<string> Conditions = new[]
    {
        "if", "unless", "otherwise", "without", "wish", "wished", "rather", "whether", "imagine", "suppose", "supposing",
        "hypothetically", "ideally", "else", "instead",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Wishes and regrets: "would have liked", "should have known" are English.</summary>
    private static readonly FrozenSet<string> WishParticiples = new[]
    {
        "liked", "loved", "preferred", "wanted", "wished", "hoped", "expected", "thought", "known", "imagined", "guessed", "done",
        "been able", "needed", "had to",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Speech and thought verbs: before the modal they make it reported speech; after it, an attribution.</summary>
    private static readonly FrozenSet<string> SpeechVerbs = new[]
    {
        "said", "says", "say", "told", "tells", "announced", "added", "explained", "stated", "declared", "insisted", "argued", "claimed",
        "warned", "stressed", "noted", "wrote", "reported", "reports", "confirmed", "indicated", "estimated", "believed", "believes",
        "thought", "thinks", "expected", "expects", "hoped", "hopes", "feared", "fears", "predicted", "promised", "assured", "admitted",
        "denied", "suggested", "suspected", "alleged", "alleges", "acknowledged", "conceded", "knew", "know",
        "agreed", "decided", "planned", "asked", "wondered", "doubted", "assumed",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> IrregularParticiples = new[]
    {
        "been", "become", "begun", "broken", "brought", "built", "bought", "caught", "chosen", "come", "cut", "dealt", "done", "drawn",
        "driven", "fallen", "felt", "fought", "found", "fled", "flown", "forgotten", "got", "gotten", "given", "gone", "grown", "had",
        "heard", "hidden", "hit", "held", "hurt", "kept", "known", "laid", "led", "left", "lent", "let", "lost", "made", "meant", "met",
        "paid", "put", "quit", "read", "ridden", "risen", "run", "said", "seen", "sought", "sold", "sent", "set", "shot", "shown", "shut",
        "sat", "spoken", "spent", "stood", "stolen", "struck", "sworn", "taken", "taught", "told", "thought", "thrown", "understood",
        "undertaken", "won", "withdrawn", "written", "sunk", "slept", "spread", "stuck", "bound", "fed", "lit", "overcome",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private readonly FrozenSet<string> _modals;
    private readonly IReadOnlyList<string[]> _cues;
    private readonly bool _be;
    private readonly bool _beOnlyProgressive;
    private readonly bool _requireCue;
    private readonly string _haveSuggestion;
    private readonly string _beSuggestion;

    private HearsayModalRule(RuleInfo info, FrozenSet<string> modals, IReadOnlyList<string[]> cues, bool be, bool beOnlyProgressive, bool requireCue, string haveSuggestion, string beSuggestion)
    {
        _requireCue = requireCue;
        _beOnlyProgressive = beOnlyProgressive;
        Info = info;
        _modals = modals;
        _cues = cues;
        _be = be;
        _haveSuggestion = haveSuggestion;
        _beSuggestion = beSuggestion;
    }

    public RuleInfo Info { get; }

    public void Check(RuleContext context)
    {
        var analysis = context.Analysis;
        var tokens = analysis.Tokens;
        var text = context.Text;
        var modals = _modals.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var s = 0; s < analysis.Sentences.Length; s++)
        {
            var sentence = analysis.Sentences[s];
            for (var i = sentence.FirstToken + 1; i + 2 < sentence.EndToken; i++)
            {
                if (!modals.Contains(tokens[i].Slice(text)))
                {
                    continue;
                }

                // "would also have", "should not be": one adverb may stand between the modal and its verb.
                var next = i + 1;
                if (tokens[next].Slice(text) is "also" or "still" or "already" or "even" or "then" or "reportedly" or "allegedly" && next + 2 < sentence.EndToken)
                {
                    next++;
                }

                var auxiliary = analysis.TokenText(next).ToLowerInvariant();
                int end;
                string suggestion;
                if (auxiliary == "have" && next + 1 < sentence.EndToken && IsParticiple(analysis, next + 1))
                {
                    var participle = analysis.TokenText(next + 1);
                    // "would have liked", "should have known": a wish or a reproach, unless the sentence attributes it ("…, the newspaper reported").
                    var wish = WishParticiples.Contains(participle) || (participle == "been" && next + 2 < sentence.EndToken && WishParticiples.Contains("been " + analysis.TokenText(next + 2)));
                    if (wish && !HasCue(analysis, sentence, text))
                    {
                        continue;
                    }

                    end = tokens[next + 1].End;
                    suggestion = _haveSuggestion.Replace("{participle}", participle, StringComparison.Ordinal);
                }
                else if (_be && auxiliary == "be" && tokens[i - 1].Kind == TokenKind.Word
                    && (!_beOnlyProgressive || (next + 1 < sentence.EndToken && analysis.TokenText(next + 1).EndsWith("ing", StringComparison.Ordinal))))
                {
                    end = tokens[next].End;
                    suggestion = _beSuggestion;
                }
                else
                {
                    continue;
                }

                // "it would be cheaper", "that would have been…": an expletive or a pronoun for a thing is no reported fact.
                if (tokens[i - 1].Slice(text) is "it" or "It" or "that" or "this" or "there" or "which" or "what")
                {
                    continue;
                }

                if (DirectSpeech.IsInsideQuote(text, sentence.Start, tokens[i].Start) || !IsHearsay(analysis, s, i, text))
                {
                    continue;
                }

                context.Report(tokens[i].Start, end, suggestion: suggestion);
                i = analysis.TokenAtOrAfter(end) - 1;
            }
        }
    }

    private static bool IsParticiple(AnalyzedText analysis, int token)
    {
        var word = analysis.TokenText(token);
        if (analysis.Tokens[token].Kind != TokenKind.Word || analysis.Tokens[token].Shape != TokenShape.Lower)
        {
            return false;
        }

        return IrregularParticiples.Contains(word) || word.EndsWith("ed", StringComparison.Ordinal) || (word.EndsWith("en", StringComparison.Ordinal) && analysis.HasTagger && analysis.TagOf(token) == PosTag.VERB);
    }

    /// <summary>Whether the modal is a claim attributed to someone, not a conditional or reported speech.</summary>
    private bool IsHearsay(AnalyzedText analysis, int sentenceIndex, int modal, string text)
    {
        var sentence = analysis.Sentences[sentenceIndex];
        var tokens = analysis.Tokens;
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            var word = tokens[k].Slice(text);
            if (Conditions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            {
                return false;
            }

            // "said the suspect would have fled": the modal belongs to the speech, English tense sequence.
            if (k < modal && IsSpeechVerb(analysis, k, text) && !IsAttributionBefore(analysis, k, text))
            {
                return false;
            }
        }

        // ", police said" after the modal attributes the claim.
        for (var k = modal + 1; k < sentence.EndToken; k++)
        {
            if (IsSpeechVerb(analysis, k, text) && tokens[k - 1].Kind == TokenKind.Word)
            {
                return true;
            }
        }

        return !_requireCue || HasCue(analysis, sentence, text) || (sentenceIndex > 0 && HasCue(analysis, analysis.Sentences[sentenceIndex - 1], text));
    }

    /// <summary>A speech or thought verb, used as a verb ("reports" the noun is not one).</summary>
    private static bool IsSpeechVerb(AnalyzedText analysis, int token, string text) =>
        SpeechVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(analysis.Tokens[token].Slice(text))
        && (!analysis.HasTagger || analysis.TagOf(token) is PosTag.VERB or PosTag.AUX);

    /// <summary>"According to what the newspaper reported, the minister would have…": a speech verb inside an attribution.</summary>
    private static bool IsAttributionBefore(AnalyzedText analysis, int verb, string text)
    {
        var sentence = analysis.Sentences[analysis.SentenceOfToken(verb)];
        for (var k = verb - 1; k >= Math.Max(sentence.FirstToken, verb - 6); k--)
        {
            var word = analysis.Tokens[k].Slice(text);
            if (word is "according" or "As" or "as")
            {
                return true;
            }
        }

        return false;
    }

    private bool HasCue(AnalyzedText analysis, Sentence sentence, string text)
    {
        var tokens = analysis.Tokens;
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            foreach (var cue in _cues)
            {
                if (k + cue.Length > sentence.EndToken)
                {
                    continue;
                }

                var all = true;
                for (var c = 0; c < cue.Length && all; c++)
                {
                    all = tokens[k + c].Slice(text).Equals(cue[c], StringComparison.OrdinalIgnoreCase);
                }

                if (all)
                {
                    return true;
                }
            }
        }

        return false;
    }

    public sealed class Kind : IRuleKind
    {
        private static readonly string[] DefaultCues =
        [
            "according to", "sources", "source", "reportedly", "allegedly", "reports", "reported", "the newspaper", "the daily", "the weekly",
            "the magazine", "the broadcaster", "media", "citing", "quoted", "investigators", "the investigation", "the prosecution",
            "the prosecutor's office", "close to the investigation", "close to the case", "close to the file", "unconfirmed", "rumours",
            "leaked", "the report", "a report", "press reports",
        ];

        public string Name => "hearsay-modal";

        public IRule? Create(RuleInfo info, YamlMap parameters, RuleBuildContext context)
        {
            var modals = WordLists.Set(parameters, "modals", required: true);
            var cueList = parameters.StringList("cues") ?? DefaultCues;
            var be = parameters.Bool("be") ?? false;
            var progressive = parameters.Bool("beOnlyProgressive") ?? false;
            var requireCue = parameters.Bool("requireCue") ?? true;
            var have = parameters.String("haveSuggestion") ?? "reportedly {participle}";
            var beSuggestion = parameters.String("beSuggestion") ?? "is reportedly";
            var cues = cueList.Select(c => c.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(c => c.Length > 0).ToList();
            return modals.Count == 0 ? null : new HearsayModalRule(info, modals, cues, be, progressive, requireCue, have, beSuggestion);
        }
    }
}
