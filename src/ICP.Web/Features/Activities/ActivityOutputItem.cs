using ICP.Domain.Activities;

namespace ICP.Web.Features.Activities;

/// <summary>An activity's output as a page lists it: a file (downloaded through the portal) or a link; staff also see whether it is public and its token.</summary>
public sealed record ActivityOutputItem(
    int Id, ActivityOutputKind Kind, string Title, string Link, string FileName, long SizeBytes, bool IsPublic, DateTimeOffset AddedAt, Guid Token)
{
    public bool IsFile => Link.Length == 0;
}
