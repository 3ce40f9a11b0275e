using System.Text;

namespace Translation.Quality.Ingest;

/// <summary>
/// Reads lines like <see cref="TextReader.ReadLine"/> (ending in \n, \r\n or \r) but never holds more
/// than <c>maxLength</c> characters of one: a longer line is skipped to its end and reported by its
/// length, so one 1 GB line in a feed costs no more memory than a short one.
/// </summary>
internal sealed class BoundedLineReader
{
    private readonly TextReader _reader;
    private readonly int _maxLength;
    private readonly char[] _buffer = new char[1 << 16];
    private readonly StringBuilder _line = new();
    private int _position;
    private int _count;
    private bool _skipLineFeed;

    public BoundedLineReader(TextReader reader, int maxLength)
    {
        _reader = reader;
        _maxLength = maxLength;
    }

    /// <summary>The next line, or null at the end of the input.</summary>
    public async ValueTask<BoundedLine?> ReadLineAsync(CancellationToken cancellationToken)
    {
        _line.Clear();
        long length = 0;
        var any = false;
        while (true)
        {
            if (_position == _count)
            {
                _count = await _reader.ReadAsync(_buffer.AsMemory(), cancellationToken).ConfigureAwait(false);
                _position = 0;
                if (_count == 0)
                {
                    return any ? Line(length) : null;
                }
            }

            // A "\r\n" split across two reads: the "\n" ends no second line.
            if (_skipLineFeed)
            {
                _skipLineFeed = false;
                if (_buffer[_position] == '\n')
                {
                    _position++;
                    continue;
                }
            }

            any = true;
            var span = _buffer.AsSpan(_position, _count - _position);
            var end = span.IndexOfAny('\r', '\n');
            var chunk = end < 0 ? span : span[..end];
            length += chunk.Length;
            if (length <= _maxLength)
            {
                _line.Append(chunk);
            }

            if (end < 0)
            {
                _position = _count;
                continue;
            }

            _position += end + 1;
            _skipLineFeed = span[end] == '\r';
            return Line(length);
        }
    }

    private BoundedLine Line(long length) => new(length <= _maxLength ? _line.ToString() : null, length);
}
