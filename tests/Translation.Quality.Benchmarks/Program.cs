using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/Translation.Quality.Benchmarks -- --job short --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Translation.Quality.Benchmarks.TaggerBenchmarks).Assembly).Run(args);
