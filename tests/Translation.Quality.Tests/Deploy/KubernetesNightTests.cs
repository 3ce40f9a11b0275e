using System.Text.Json;
using Translation.Quality.Cli;
using Translation.Quality.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Translation.Quality.Tests.Deploy;

/// <summary>
/// The Kubernetes manifests in deploy/kubernetes, played on one machine: the shard pods' own shell
/// script runs as N concurrent child processes of the built tqa (JOB_COMPLETION_INDEX set as the
/// Indexed Job sets it, one shared data folder as the shared volume), then the merge Job's script.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class KubernetesNightTests
{
    private const int Shards = 3;
    private static readonly TimeSpan PodTimeout = TimeSpan.FromMinutes(4);

    [Fact]
    public async Task ShardPodsThenMerge_EqualAnUnshardedNight_AndTheNextNightReusesTheMergedHistory()
    {
        using var setup = new NightlySetup("""
              - name: wire
                path: feed.jsonl
                thresholds: { maxFailingShare: 0.5 }
              - name: desk
                path: txt
            """);
        setup.File("feed.jsonl", NightlySetup.GeneratedFeed(90) + "{broken line\n");
        setup.File("txt/fr-en/alpha.txt", "The minister German of Finance spoke at 9h15 on Monday.");
        setup.File("txt/es-en/gamma.txt", "Prices rose 3,2 percent in the past Tuesday, the institute said.");
        var data = setup.Root;
        var shim = WriteTqaShim(data);
        var shardScript = PodScript("nightly-shards.yaml");
        var mergeScript = PodScript("nightly-merge.yaml");

        // The yardstick: the same night, unsharded, by the same built tqa.
        var whole = await Tqa(shim, data, "nightly", "--config", setup.Config, "--date", "2024-06-01", "--history", Path.Combine(data, "whole.db"), "--out", Path.Combine(data, "whole"), "--quiet");
        Assert.True(whole.Exit == 3, whole.Err);

        var pods = await RunPods(shardScript, shim, data, "2024-06-01");
        Assert.All(pods, p => Assert.True(p.Exit == 0, p.Err));
        var shardArticles = Enumerable.Range(1, Shards).Sum(k => ArticleCount(Path.Combine(data, "reports", "2024-06-01", $"shard-{k}-of-{Shards}")));
        Assert.Equal(93, shardArticles);

        var merge = await Pod(mergeScript, shim, data, "2024-06-01", index: null);
        Assert.True(merge.Exit == 3, merge.Err);
        Assert.Equal(
            NightlySetup.Stable(Path.Combine(data, "whole", "2024-06-01", "report.json")),
            NightlySetup.Stable(Path.Combine(data, "reports", "2024-06-01", "report.json")));
        Assert.Equal("2024-06-01", new FileInfo(Path.Combine(data, "reports", "latest")).LinkTarget);
        var wholeTrend = await Tqa(shim, data, "history", "--history", Path.Combine(data, "whole.db"));
        var mergedTrend = await Tqa(shim, data, "history", "--history", Path.Combine(data, "history.db"));
        Assert.True(mergedTrend.Exit == 0, mergedTrend.Err);
        Assert.Equal(wholeTrend.Out, mergedTrend.Out);

        // Next night, same feeds: each pod starts from the merged history, so nothing is checked again.
        var next = await RunPods(shardScript, shim, data, "2024-06-02");
        Assert.All(next, p => Assert.True(p.Exit == 0, p.Err));
        var nextMerge = await Pod(mergeScript, shim, data, "2024-06-02", index: null);
        Assert.True(nextMerge.Exit == 3, nextMerge.Err);
        using var night2 = JsonDocument.Parse(File.ReadAllText(Path.Combine(data, "reports", "2024-06-02", "report.json")));
        var summary = night2.RootElement.GetProperty("summary");
        Assert.Equal(0, summary.GetProperty("checked").GetInt32());
        Assert.Equal(92, summary.GetProperty("unchanged").GetInt32());
    }

    [Fact]
    public async Task APodWhoseRunFails_FailsAndSaysWhich()
    {
        using var setup = new NightlySetup("""
              - name: wire
                path: missing.jsonl
            """);
        var shim = WriteTqaShim(setup.Root);

        var pod = await Pod(PodScript("nightly-shards.yaml"), shim, setup.Root, "2024-06-01", index: 1);

        // Exit 2 (the feed's path does not exist) fails the pod, so the Job retries it and never merges.
        Assert.Equal(2, pod.Exit);
        Assert.Contains("shard 2/3 did not finish (exit 2)", pod.Err, StringComparison.Ordinal);
        Assert.Contains("missing.jsonl", pod.Err, StringComparison.Ordinal);
    }

    /// <summary>The shell script a manifest's container runs (its single <c>args</c> entry).</summary>
    private static string PodScript(string manifest)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(RepoPaths.Root, "deploy", "kubernetes", manifest))));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var container = (YamlMappingNode)Child<YamlSequenceNode>(Child<YamlMappingNode>(Child<YamlMappingNode>(Child<YamlMappingNode>(root, "spec"), "template"), "spec"), "containers")[0];
        Assert.Equal(["/bin/sh", "-c"], Child<YamlSequenceNode>(container, "command").Select(n => n.ToString()));
        return ((YamlScalarNode)Assert.Single(Child<YamlSequenceNode>(container, "args").Children)).Value!;
    }

    private static T Child<T>(YamlMappingNode map, string key) where T : YamlNode => (T)map.Children[new YamlScalarNode(key)];

    /// <summary>A <c>tqa</c> on PATH that is the built CLI, as the image's tool install is.</summary>
    private static string WriteTqaShim(string root)
    {
        var bin = Directory.CreateDirectory(Path.Combine(root, "bin")).FullName;
        var tqa = Path.Combine(bin, "tqa");
        File.WriteAllText(tqa, $"#!/bin/sh\nexec dotnet \"{typeof(CliApp).Assembly.Location}\" \"$@\"\n");
        File.SetUnixFileMode(tqa, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return bin;
    }

    private static async Task<(int Exit, string Out, string Err)[]> RunPods(string script, string shim, string data, string night) =>
        await Task.WhenAll(Enumerable.Range(0, Shards).Select(i => Pod(script, shim, data, night, i)));

    /// <summary>One pod: the script under /bin/sh with the environment the manifest and the Job controller give it.</summary>
    private static Task<(int Exit, string Out, string Err)> Pod(string script, string shim, string data, string night, int? index)
    {
        var environment = new Dictionary<string, string>
        {
            ["PATH"] = shim + ":" + Environment.GetEnvironmentVariable("PATH"),
            ["NIGHT"] = night,
            ["SHARDS"] = Shards.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["TQA_DATA"] = data,
            ["TQA_SCRATCH"] = Path.Combine(data, "scratch", $"{night}-{index}"),
        };
        if (index is { } i)
        {
            environment["JOB_COMPLETION_INDEX"] = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return ChildProcess.WaitAsync(ChildProcess.Start("/bin/sh", ["-c", script], environment, data), PodTimeout);
    }

    private static Task<(int Exit, string Out, string Err)> Tqa(string shim, string data, params string[] args) =>
        ChildProcess.WaitAsync(ChildProcess.Start(Path.Combine(shim, "tqa"), args, new Dictionary<string, string>(), data), PodTimeout);

    private static int ArticleCount(string folder)
    {
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "report.json")));
        return report.RootElement.GetProperty("summary").GetProperty("articles").GetInt32();
    }
}
