using System.CommandLine;
using System.Diagnostics;
using Translation.Quality.Config;
using Translation.Quality.Translator;

namespace Translation.Quality.Cli.Commands;

/// <summary><c>tqa translator check</c>: which Translator a run would use, and whether it answers.</summary>
public static class TranslatorCommand
{
    public static Command Build()
    {
        var config = CommonOptions.Config();
        var from = new Option<string>("--from") { Description = "Language of the test word.", DefaultValueFactory = _ => "en" };
        var to = new Option<string>("--to") { Description = "Language to translate the test word into.", DefaultValueFactory = _ => "fr" };
        var word = new Option<string>("--word") { Description = "The word to translate.", DefaultValueFactory = _ => "hello" };
        var check = new Command("check", "Show the Translator endpoint, region and (masked) key, and try a one-word translation.") { config, from, to, word };
        check.SetAction(async (parse, ct) =>
        {
            var options = new ConfigLoader().Load(parse.GetValue(config)).Options.Translator;
            var output = parse.InvocationConfiguration.Output;
            return await CheckAsync(options, parse.GetValue(from)!, parse.GetValue(to)!, parse.GetValue(word)!, output, ct).ConfigureAwait(false);
        });

        return new Command("translator", "Azure Translator, used by the verify stage.") { check, BuildEstimate() };
    }

    /// <summary><c>tqa translator estimate FEEDS…</c>: what a run would send and cost, sending nothing.</summary>
    private static Command BuildEstimate()
    {
        var paths = new Argument<string[]>("feeds") { Description = "Files or folders a run would check.", Arity = ArgumentArity.OneOrMore };
        var config = CommonOptions.Config();
        var sourceLang = new Option<string?>("--source-lang") { Description = "Source language where the input does not give one (e.g. fr)." };
        var targetLang = new Option<string?>("--target-lang") { Description = "Target language where the input does not give one (default en)." };
        var estimate = new Command("estimate", "Print the characters a run would send to the Translator (after the cache), the requests and the cost; nothing is sent.") { paths, config, sourceLang, targetLang };
        estimate.SetAction(async (parse, ct) =>
        {
            var loaded = new ConfigLoader().Load(parse.GetValue(config));
            var inputs = parse.GetValue(paths)!;
            foreach (var p in inputs.Where(p => !File.Exists(p) && !Directory.Exists(p)))
            {
                throw new UsageException($"input not found: {p}");
            }

            var languages = new Ingest.LanguageDefaults(parse.GetValue(sourceLang)?.ToLowerInvariant(), parse.GetValue(targetLang)?.ToLowerInvariant());
            var result = await TranslatorEstimates.EstimateAsync(loaded, inputs, languages, runRules: true, ct).ConfigureAwait(false);
            var output = parse.InvocationConfiguration.Output;
            await output.WriteLineAsync(TranslatorEstimates.Describe(result)).ConfigureAwait(false);
            if (BudgetNote(loaded.Options.Translator, result) is { } note)
            {
                await output.WriteLineAsync(note).ConfigureAwait(false);
            }

            return ExitCodes.Ok;
        });
        return estimate;
    }

    /// <summary>What the run's budget will leave out, when it is smaller than the estimate.</summary>
    public static string? BudgetNote(TranslatorOptions options, TranslatorEstimate estimate) =>
        options.CharactersPerRun > 0 && estimate.Characters > options.CharactersPerRun
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"translator budget: charactersPerRun is {options.CharactersPerRun:N0}: about {estimate.Characters - options.CharactersPerRun:N0} characters will not be sent and their articles stay unverified")
            : null;

    public static async Task<int> CheckAsync(TranslatorOptions options, string from, string to, string word, TextWriter output, CancellationToken cancellationToken)
    {
        TranslatorRuntime runtime;
        try
        {
            runtime = TranslatorRuntime.Create(options, useCache: false);
        }
        catch (ArgumentException ex)
        {
            await output.WriteLineAsync($"endpoint: invalid: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.UsageOrConfig;
        }

        using (runtime)
        {
            var c = runtime.Connection;
            await output.WriteLineAsync($"endpoint: {c.Endpoint} ({(c.IsCustomDomain ? "custom domain" : "global style")}; from {c.EndpointVariable}{(Environment.GetEnvironmentVariable(c.EndpointVariable) is null ? ", not set: the default" : string.Empty)})").ConfigureAwait(false);
            await output.WriteLineAsync($"translate URL: {c.OperationUri("translate", "api-version=" + TranslatorRestClient.ApiVersion)}").ConfigureAwait(false);
            await output.WriteLineAsync($"region: {c.Region ?? "(not set: global resource)"} (from {c.RegionVariable})").ConfigureAwait(false);
            await output.WriteLineAsync($"key: {c.MaskedKey} (from {c.KeyVariable})").ConfigureAwait(false);
            if (!c.HasKey)
            {
                await output.WriteLineAsync($"translation: not tried: set {c.KeyVariable}").ConfigureAwait(false);
                return ExitCodes.UsageOrConfig;
            }

            var clock = Stopwatch.StartNew();
            try
            {
                var response = await runtime.Client.TranslateAsync([to], [word], from, cancellationToken: cancellationToken).ConfigureAwait(false);
                var text = response.Value[0].Translations.FirstOrDefault()?.Text ?? "(empty)";
                await output.WriteLineAsync($"translation: works: '{word}' ({from}) → '{text}' ({to}) in {clock.ElapsedMilliseconds} ms; request id {response.RequestId ?? "-"}, trace {response.ClientTraceId}").ConfigureAwait(false);
                return ExitCodes.Ok;
            }
            catch (TranslatorRequestException ex)
            {
                await output.WriteLineAsync($"translation: fails ({ex.Failure}): {ex.Message}{(ex.ClientTraceId is { } t ? $"; trace {t}" : string.Empty)}").ConfigureAwait(false);
                return ExitCodes.UsageOrConfig;
            }
        }
    }
}
