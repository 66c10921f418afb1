using ICP.Domain.Common;

namespace ICP.Domain.Programme;

/// <summary>One of the call's thematic priorities (e.g. circular economy).</summary>
public sealed class Theme
{
    private Theme()
    {
        Slug = string.Empty;
        Name = string.Empty;
        Description = string.Empty;
    }

    internal Theme(string slug, string name, string description, int order)
    {
        if (string.IsNullOrWhiteSpace(slug) || !slug.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            throw new InvalidProgrammeDataException($"Theme slug '{slug}' must be lower-case letters, digits and hyphens.");
        }

        Slug = slug;
        Name = string.IsNullOrWhiteSpace(name) ? throw new InvalidProgrammeDataException("A theme needs a name.") : name.Trim();
        Description = description.Trim();
        Order = order;
    }

    public int Id { get; private set; }

    public int CallId { get; private set; }

    /// <summary>Stable, URL-safe identifier (e.g. "circular-economy").</summary>
    public string Slug { get; private set; }

    public string Name { get; private set; }

    public string Description { get; private set; }

    public int Order { get; private set; }
}
