namespace ICP.Web.Features.Audit;

/// <summary>The filters of the audit log (all optional); bound from the query string.</summary>
public sealed class AuditFilter
{
    public string? Action { get; set; }

    public string? Actor { get; set; }

    public string? Subject { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    public int Page { get; set; } = 1;

    public const int PageSize = 100;

    public string Query(int? page = null) =>
        "?" + string.Join('&', new[]
        {
            Action is { Length: > 0 } ? $"action={Uri.EscapeDataString(Action)}" : null,
            Actor is { Length: > 0 } ? $"actor={Uri.EscapeDataString(Actor)}" : null,
            Subject is { Length: > 0 } ? $"subject={Uri.EscapeDataString(Subject)}" : null,
            From is { } from ? $"from={from:yyyy-MM-dd}" : null,
            To is { } to ? $"to={to:yyyy-MM-dd}" : null,
            $"page={page ?? Page}",
        }.Where(p => p is not null));
}
