using ICP.Domain.Activities;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace ICP.Web.Features.Activities;

/// <summary>The staff page of an activity (new when <see cref="Id"/> is 0): the form, and its registrations.</summary>
public sealed record StaffActivityPage(
    int Id, ActivityKind Kind, ActivityForm Form, IReadOnlyList<SelectListItem> Phases, IReadOnlyList<SelectListItem> Themes,
    IReadOnlyList<RegistrationRow> Registrations, int PlacesTaken, int PublicPlaces)
{
    public bool IsNew => Id == 0;

    public bool TakesRegistrations => Kind is ActivityKind.OnlineSession or ActivityKind.ClosingConference;
}
