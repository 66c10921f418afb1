using ICP.Domain.Activities;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace ICP.Web.Features.Activities;

/// <summary>The staff page of an activity (new when <see cref="Id"/> is 0): the form, and its registrations.</summary>
public sealed record StaffActivityPage(
    int Id, ActivityKind Kind, ActivityForm Form, IReadOnlyList<SelectListItem> Phases, IReadOnlyList<SelectListItem> Themes,
    IReadOnlyList<RegistrationRow> Registrations, int PlacesTaken, int PublicPlaces)
{
    public bool IsNew => Id == 0;

    /// <summary>How many people an edit of what a calendar shows would e-mail: confirmed registrants and the cities' delegates, each address once.</summary>
    public int ToldOfChanges { get; init; }

    public bool TakesRegistrations => Kind is ActivityKind.OnlineSession or ActivityKind.ClosingConference;
}
