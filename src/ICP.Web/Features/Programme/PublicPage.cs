namespace ICP.Web.Features.Programme;

/// <summary>A public page's model that knows when the clock alone will change the page (null: it does not).</summary>
public abstract record PublicPage
{
    public DateTimeOffset? ChangesAt { get; init; }
}
