using System.Text;
using Translation.Quality.Yaml;

namespace Translation.Quality.Config;

/// <summary>
/// Reads a configuration file as text, at most <see cref="MaxCharacters"/> of it: a path to a device
/// or a runaway file ("paths: [/dev/zero]") is a config error, not a hang; an unreadable file is one too.
/// </summary>
internal static class ConfigFileReader
{
    /// <summary>A rule pack with thousands of phrases is well under a megabyte.</summary>
    internal const int MaxCharacters = 16 * 1024 * 1024;

    /// <summary>The file's text, or null with the reason added to <paramref name="errors"/>.</summary>
    public static string? Read(string path, string displayName, ConfigErrors errors)
    {
        try
        {
            using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            var text = new StringBuilder();
            var chunk = new char[1 << 16];
            int read;
            while ((read = reader.Read(chunk)) > 0)
            {
                if (text.Length + read > MaxCharacters)
                {
                    errors.Add(new ConfigError(displayName, 1, 1, $"the file is larger than {MaxCharacters / (1024 * 1024)} MB; refused (not a configuration file)"));
                    return null;
                }

                text.Append(chunk, 0, read);
            }

            return text.ToString();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            errors.Add(new ConfigError(displayName, 1, 1, $"cannot be read: {ex.Message}"));
            return null;
        }
    }
}
