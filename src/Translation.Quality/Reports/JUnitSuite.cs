using System.Text;
using System.Xml;

namespace Translation.Quality.Reports;

/// <summary>
/// One feed's test cases, written as they come to a temporary file that deletes itself, because a
/// <c>&lt;testsuite&gt;</c> element carries its counts before its cases.
/// </summary>
internal sealed class JUnitSuite : IAsyncDisposable
{
    private readonly FileStream _stream;

    public JUnitSuite(string name)
    {
        Name = name;
        _stream = new FileStream(Path.Combine(Path.GetTempPath(), $"tqa-junit-{Guid.NewGuid():N}.part"), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        Cases = XmlWriter.Create(_stream, new XmlWriterSettings
        {
            ConformanceLevel = ConformanceLevel.Fragment,
            Encoding = new UTF8Encoding(false),
            Indent = true,
            IndentChars = "  ",

            // Cases sit two levels deep in the final file; newlines inside messages stay as they are.
            NewLineChars = "\n    ",
            NewLineHandling = NewLineHandling.None,
            CloseOutput = false,
        });
    }

    public string Name { get; }

    public XmlWriter Cases { get; }

    public int Tests { get; set; }

    public int Failures { get; set; }

    public int Errors { get; set; }

    /// <summary>Copies the cases written so far into <paramref name="output"/> as raw XML.</summary>
    public void CopyTo(XmlWriter output)
    {
        Cases.Flush();
        _stream.Position = 0;
        using var reader = new StreamReader(_stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16, leaveOpen: true);
        var buffer = new char[1 << 15];
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            output.WriteRaw(buffer, 0, read);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Cases.Dispose();
        await _stream.DisposeAsync().ConfigureAwait(false);
    }
}
