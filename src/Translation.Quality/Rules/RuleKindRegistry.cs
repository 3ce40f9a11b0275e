using System.Collections.Frozen;
using Translation.Quality.Rules.Kinds;
using Translation.Quality.Rules.Kinds.Bilingual;
using Translation.Quality.Rules.Kinds.Fresh;

namespace Translation.Quality.Rules;

/// <summary>The one place rule kinds are registered: YAML <c>kind:</c> → code.</summary>
public sealed class RuleKindRegistry
{
    private readonly FrozenDictionary<string, IRuleKind> _kinds;

    public RuleKindRegistry(IEnumerable<IRuleKind> kinds)
    {
        _kinds = kinds.ToFrozenDictionary(k => k.Name, StringComparer.Ordinal);
    }

    /// <summary>Every kind tqa ships.</summary>
    public static RuleKindRegistry Default { get; } = new(
    [
        new PatternRule.Kind(),
        new PhraseListRule.Kind(),
        new RepeatedWordRule.Kind(),
        new SourceHomographRule.Kind(),
        new LocaleFormatRule.Kind(),
        new SourceTransliterationRule.Kind(),
        new FragmentRule.Kind(),
        new SplitNameRule.Kind(),
        new DetachedComplementRule.Kind(),
        new TitleOrderRule.Kind(),
        new TranslatedGlossRule.Kind(),
        new WrongModalRule.Kind(),
        new GarbledQuoteIntroRule.Kind(),
        new RelativePronounRule.Kind(),
        new TokenPatternRule.Kind(),
        new UntranslatedRule.Kind(),
        new UntranslatedWordRule.Kind(),
        new SpellingRule.Kind(),
        new HearsayModalRule.Kind(),
        new WordOrderRule.Kind(),
        new MechanicsRule.Kind(),

        // Bilingual: they compare the aligned source and stay silent without one.
        new NumbersRule.Kind(),
        new NamesRule.Kind(),
        new NegationRule.Kind(),
        new OmissionRule.Kind(),
        new AdditionRule.Kind(),
        new UntranslatedSentenceRule.Kind(),
        new MarkupRule.Kind(),

        // Fresh translation: they compare the Translator's translation of the source and run in the verify stage only.
        new FreshAdditionRule.Kind(),
        new FreshOmissionRule.Kind(),
        new FreshWordOrderRule.Kind(),
        new FreshMismatchRule.Kind(),
        new FreshNegationRule.Kind(),
    ]);

    public IEnumerable<string> Names => _kinds.Keys.Order(StringComparer.Ordinal);

    public bool TryGet(string name, out IRuleKind kind) => _kinds.TryGetValue(name, out kind!);
}
