namespace Translation.Quality.Rules;

/// <summary>
/// A configured rule. Implementations are stateless after construction and safe to call from
/// several threads at once: one rule object serves every article of a run.
/// </summary>
public interface IRule
{
    RuleInfo Info { get; }

    /// <summary>Whether the rule can only fire with a POS tagger; without one it stays silent.</summary>
    bool NeedsTagger => false;

    /// <summary>Whether the rule can only fire with a language identifier; without one it stays silent.</summary>
    bool NeedsLanguageIdentifier => false;

    /// <summary>Whether the rule compares the article with its source text; on monolingual copy it stays silent.</summary>
    bool NeedsSource => false;

    /// <summary>Whether the rule compares the article with the Translator's fresh translation of its source; it runs in the verify stage only.</summary>
    bool NeedsFreshTranslation => false;

    /// <summary>Shared data the rule loads on first use, which a run may load early and in parallel (the tagger is implied by <see cref="NeedsTagger"/>).</summary>
    IReadOnlyList<RuleData> Data => [];

    void Check(RuleContext context);
}
