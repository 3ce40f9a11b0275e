using System.Collections.Frozen;

namespace Translation.Quality.Rules.Kinds.Fresh;

/// <summary>
/// English words that carry grammar rather than content: two faithful translations differ in these
/// all the time, so the span comparison aligns and reports content words only. Negations are here
/// too: how a negation is said ("no", "not", "never", "without") is the negation check's business.
/// </summary>
internal static class EnglishFunctionWords
{
    public static readonly FrozenSet<string> All = new[]
    {
        "a", "an", "the", "this", "that", "these", "those", "some", "any", "each", "every", "either", "neither", "both", "all", "such",
        "of", "to", "in", "on", "at", "by", "for", "with", "from", "into", "onto", "upon", "about", "over", "under", "after", "before",
        "between", "among", "through", "during", "against", "within", "without", "toward", "towards", "across", "along", "around",
        "behind", "beyond", "since", "until", "till", "via", "per", "than", "as", "like", "off", "out", "up", "down", "near",
        "and", "or", "but", "nor", "so", "yet", "if", "whether", "because", "while", "whereas", "although", "though", "unless",
        "when", "where", "which", "who", "whom", "whose", "what", "why", "how", "there", "here", "then", "thus", "also", "too",
        "i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her", "hers", "it", "its", "they", "them", "their",
        "theirs", "himself", "herself", "itself", "themselves", "ourselves", "one's",
        "is", "am", "are", "was", "were", "be", "been", "being", "has", "have", "had", "having", "do", "does", "did", "done",
        "will", "would", "shall", "should", "can", "could", "may", "might", "must", "ought", "let",
        "not", "no", "never", "nothing", "none", "nobody", "n't", "cannot", "wo", "ca", "sha",
        "very", "just", "only", "even", "still", "already", "again", "more", "most", "less", "least", "much", "many", "few", "other",
        "another", "own", "same", "s", "'s", "’s", "its", "it's", "said", "says", "say", "told", "according",
    }.ToFrozenSet(StringComparer.Ordinal);
}
