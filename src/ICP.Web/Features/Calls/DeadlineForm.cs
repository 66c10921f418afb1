namespace ICP.Web.Features.Calls;

/// <summary>A new deadline: the last day on time (until 23:59:59 Brussels time that day), and why.</summary>
public sealed class DeadlineForm
{
    public DateOnly? LastDay { get; set; }

    public string Reason { get; set; } = string.Empty;

    /// <summary>For an individual extension: the local authority.</summary>
    public int? AuthorityId { get; set; }
}
