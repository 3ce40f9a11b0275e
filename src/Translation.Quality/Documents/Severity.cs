namespace Translation.Quality.Documents;

public enum Severity
{
    Minor,
    Major,
    Critical,
}
