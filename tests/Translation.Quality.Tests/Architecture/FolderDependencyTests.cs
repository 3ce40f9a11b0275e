using System.Text.RegularExpressions;
using Translation.Quality.Tests.Support;

namespace Translation.Quality.Tests.Architecture;

/// <summary>
/// The core library's top-level folders form no cycle: a folder depends on another when one of its
/// files has a <c>using</c> of that folder's namespace or names one of its types qualified
/// (<c>Config.ThresholdOptions</c>). Leaves (Documents, Results, Yaml) depend on no other folder.
/// </summary>
public sealed partial class FolderDependencyTests
{
    private static readonly string Core = Path.Combine(RepoPaths.Root, "src", "Translation.Quality");

    private static readonly Lazy<Dictionary<string, Dictionary<string, List<string>>>> Graph = new(Build);

    [Fact]
    public void CoreFolders_FormNoCycle()
    {
        var cycles = FindCycles(Graph.Value);

        Assert.True(cycles.Count == 0, "Folder cycles in src/Translation.Quality:\n" + string.Join("\n", cycles.Select(c => Describe(c, Graph.Value))));
    }

    [Theory]
    [InlineData("Documents")]
    [InlineData("Results")]
    [InlineData("Yaml")]
    public void LeafFolder_DependsOnNoFolderButDocuments(string leaf)
    {
        var edges = Graph.Value.TryGetValue(leaf, out var e) ? e : [];
        var others = edges.Where(kv => kv.Key != "Documents" || leaf == "Documents").Select(kv => $"{kv.Key} ({string.Join(", ", kv.Value.Take(3))})").ToList();

        Assert.True(Directory.Exists(Path.Combine(Core, leaf)), $"{leaf}/ is missing");
        Assert.True(others.Count == 0, $"{leaf}/ depends on: " + string.Join("; ", others));
    }

    [Theory]
    [InlineData("Text", "Tagging")]
    [InlineData("Text", "Language")]
    [InlineData("Rules", "Config")]
    [InlineData("Results", "Pipeline")]
    [InlineData("Reports", "Pipeline")]
    [InlineData("Reports", "History")]
    [InlineData("Pipeline", "Reports")]
    [InlineData("Pipeline", "History")]
    public void Folder_DoesNotDependOn(string from, string to)
    {
        var edges = Graph.Value.TryGetValue(from, out var e) ? e : [];

        Assert.False(edges.TryGetValue(to, out var why), $"{from}/ depends on {to}/: {string.Join(", ", why ?? [])}");
    }

    [Fact]
    public void Graph_SeesTheDependenciesThatExist()
    {
        // Guards the scan itself: a reader that found nothing would pass every test above.
        Assert.Contains("Text", Graph.Value["Tagging"].Keys);
        Assert.Contains("Yaml", Graph.Value["Rules"].Keys);
        Assert.Contains("Results", Graph.Value["Reports"].Keys);
    }

    private static Dictionary<string, Dictionary<string, List<string>>> Build()
    {
        var sources = Directory.EnumerateFiles(Core, "*.cs", SearchOption.AllDirectories)
            .Select(path => (Path: Path.GetRelativePath(Core, path).Replace('\\', '/'), Text: File.ReadAllText(path)))
            .Where(f => f.Path.Contains('/') && !f.Path.StartsWith("obj/", StringComparison.Ordinal) && !f.Path.StartsWith("bin/", StringComparison.Ordinal))
            .Select(f => (Folder: f.Path[..f.Path.IndexOf('/')], f.Path, f.Text))
            .ToList();
        var types = sources.GroupBy(f => f.Folder).ToDictionary(
            g => g.Key,
            g => g.SelectMany(f => TypeDeclaration().Matches(f.Text).Select(m => m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal),
            StringComparer.Ordinal);
        var graph = new Dictionary<string, Dictionary<string, List<string>>>(StringComparer.Ordinal);
        foreach (var (folder, path, text) in sources)
        {
            var edges = graph.TryGetValue(folder, out var e) ? e : graph[folder] = new(StringComparer.Ordinal);
            void Add(string to, string why)
            {
                if (to != folder && types.ContainsKey(to))
                {
                    (edges.TryGetValue(to, out var list) ? list : edges[to] = []).Add($"{path}: {why}");
                }
            }

            foreach (Match m in UsingDirective().Matches(text))
            {
                Add(m.Groups[1].Value, "using");
            }

            foreach (Match m in QualifiedName().Matches(text))
            {
                if (types.TryGetValue(m.Groups[1].Value, out var declared) && declared.Contains(m.Groups[2].Value))
                {
                    Add(m.Groups[1].Value, m.Value);
                }
            }
        }

        return graph;
    }

    private static List<List<string>> FindCycles(Dictionary<string, Dictionary<string, List<string>>> graph)
    {
        var cycles = new List<List<string>>();
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new List<string>();
        void Visit(string node)
        {
            state[node] = 1;
            stack.Add(node);
            foreach (var next in graph.TryGetValue(node, out var e) ? e.Keys.Order(StringComparer.Ordinal) : Enumerable.Empty<string>())
            {
                if (state.GetValueOrDefault(next) == 1)
                {
                    cycles.Add([.. stack[stack.IndexOf(next)..], next]);
                }
                else if (state.GetValueOrDefault(next) == 0)
                {
                    Visit(next);
                }
            }

            stack.RemoveAt(stack.Count - 1);
            state[node] = 2;
        }

        foreach (var node in graph.Keys.Order(StringComparer.Ordinal))
        {
            if (state.GetValueOrDefault(node) == 0)
            {
                Visit(node);
            }
        }

        return cycles;
    }

    private static string Describe(List<string> cycle, Dictionary<string, Dictionary<string, List<string>>> graph) =>
        string.Join(" -> ", cycle) + ": " + string.Join("; ", cycle.Zip(cycle.Skip(1), (a, b) => $"{a}->{b} via {graph[a][b][0]}"));

    [GeneratedRegex(@"^\s*(?:(?:public|internal|sealed|static|abstract|readonly|partial)\s+)*(?:class|record(?:\s+struct)?|enum|interface|struct)\s+(\w+)", RegexOptions.Multiline)]
    private static partial Regex TypeDeclaration();

    [GeneratedRegex(@"^using\s+(?:static\s+)?Translation\.Quality\.(\w+)", RegexOptions.Multiline)]
    private static partial Regex UsingDirective();

    [GeneratedRegex(@"(?<![\w.])(?:Translation\.Quality\.)?(\w+)\.(\w+)")]
    private static partial Regex QualifiedName();
}
