using ICP.Domain.Applications;

namespace ICP.Web.Features.Applications;

/// <summary>The filters of the staff's application list (all optional); bound from the query string.</summary>
public sealed class ApplicationFilter
{
    public string? Group { get; set; }

    public string? Country { get; set; }

    public string? Theme { get; set; }

    public ApplicationStatus? Status { get; set; }

    public decimal? MinScore { get; set; }

    public decimal? MaxScore { get; set; }

    /// <summary>Free text: part of the reference or of the local authority's name.</summary>
    public string? Text { get; set; }

    /// <summary>reference, authority, country, status, score, submitted.</summary>
    public string Sort { get; set; } = "reference";

    public bool Descending { get; set; }

    public int Page { get; set; } = 1;

    /// <summary>Keyset cursor: the page starts right after the row with these sort keys (a "next page" link).</summary>
    public string? After { get; set; }

    /// <summary>Keyset cursor: the page ends right before the row with these sort keys (a "previous page" link).</summary>
    public string? Before { get; set; }

    public const int PageSize = 50;

    /// <summary>The query string of this filter, with <paramref name="page"/> (for links); a cursor only where given.</summary>
    public string Query(int? page = null, string? sort = null, bool? descending = null, string? after = null, string? before = null)
    {
        var parts = new List<string>();
        void Add(string name, object? value)
        {
            if (value is not null && value.ToString() is { Length: > 0 } text)
            {
                parts.Add($"{name}={Uri.EscapeDataString(text)}");
            }
        }

        Add("group", Group);
        Add("country", Country);
        Add("theme", Theme);
        Add("status", Status);
        Add("minScore", MinScore?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add("maxScore", MaxScore?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add("text", Text);
        Add("sort", sort ?? Sort);
        if (descending ?? Descending)
        {
            Add("descending", "true");
        }

        Add("page", page ?? Page);
        Add("after", after);
        Add("before", before);
        return "?" + string.Join('&', parts);
    }
}
