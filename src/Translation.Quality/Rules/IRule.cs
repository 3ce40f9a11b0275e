namespace Translation.Quality.Rules;

/// <summary>
/// A configured rule. Implementations are stateless after construction and safe to call from
/// several threads at once: one rule object serves every article of a run.
/// </summary>
public interface IRule
{
    RuleInfo Info { get; }

    void Check(RuleContext context);
}
