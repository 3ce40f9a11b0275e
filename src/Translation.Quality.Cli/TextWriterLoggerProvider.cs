using Microsoft.Extensions.Logging;

namespace Translation.Quality.Cli;

/// <summary>Log lines to one writer (translator.log beside the reports): enough for trace ids, no logging stack needed.</summary>
public sealed class TextWriterLoggerProvider : ILoggerProvider
{
    private readonly TextWriter _writer;
    private readonly LogLevel _minimum;
    private readonly Lock _gate = new();

    public TextWriterLoggerProvider(TextWriter writer, LogLevel minimum = LogLevel.Information)
    {
        _writer = writer;
        _minimum = minimum;
    }

    public ILogger CreateLogger(string categoryName) => new TextWriterLogger(this, categoryName);

    internal bool IsEnabled(LogLevel level) => level >= _minimum && level != LogLevel.None;

    internal void Write(string line)
    {
        lock (_gate)
        {
            _writer.WriteLine(line);
            _writer.Flush();
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _writer.Dispose();
        }
    }
}
