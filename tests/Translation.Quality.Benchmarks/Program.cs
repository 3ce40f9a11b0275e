using BenchmarkDotNet.Running;
using Translation.Quality.Benchmarks;

// dotnet run -c Release --project tests/Translation.Quality.Benchmarks -- --job short --filter '*'
// dotnet run -c Release --project tests/Translation.Quality.Benchmarks -- profile FEED.jsonl
// dotnet run -c Release --project tests/Translation.Quality.Benchmarks -- startup
// dotnet run -c Release --project tests/Translation.Quality.Benchmarks -- rerun FEED.jsonl HISTORY.db OUT
// dotnet run -c Release --project tests/Translation.Quality.Benchmarks -- po corpus.jsonl corpus.po
// dotnet run -c Release --project tests/Translation.Quality.Benchmarks -- corpus --mb 10 --out corpus.jsonl
if (args.Length > 0 && args[0] == "profile")
{
    return await RuleProfiler.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "startup")
{
    return StartupProfiler.Run();
}

if (args.Length > 0 && args[0] == "rerun")
{
    return await RerunProfiler.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "po")
{
    return PoConverter.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "corpus")
{
    return CorpusGenerator.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(TaggerBenchmarks).Assembly).Run(args);
return 0;
