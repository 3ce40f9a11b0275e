namespace Translation.Quality.Tests.Hostile;

/// <summary>
/// Tests that measure time and memory run alone: on two shared cores, another test class running
/// beside them would make their numbers (and their limits) meaningless.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HeavyCollection
{
    public const string Name = "Hostile inputs that measure time and memory";
}
