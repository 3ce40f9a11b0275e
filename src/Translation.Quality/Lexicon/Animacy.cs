namespace Translation.Quality.Lexicon;

/// <summary>What an English noun names, for choosing "who" or "which".</summary>
public enum Animacy : byte
{
    /// <summary>Not in the lexicon: a thing, unless its ending says otherwise.</summary>
    Unknown,

    /// <summary>A person ("minister", "nurse"): "who".</summary>
    Person,

    /// <summary>A group of people ("team", "government"): "who" and "which" are both English.</summary>
    Group,

    /// <summary>Person in one frequent sense, something else in another ("page", "guard"), or an animal: either pronoun.</summary>
    Mixed,

    /// <summary>A thing whose ending looks like a person's ("launcher", "reactor"): "which".</summary>
    Thing,
}
