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

    /// <summary>Whether cities register delegates for it (a study visit, or the conference as saved with places kept for the cities): its delegates page is linked.</summary>
    public bool TakesDelegates { get; init; }

    /// <summary>The activity's outputs, public or not (ADR 22).</summary>
    public IReadOnlyList<ActivityOutputItem> Outputs { get; init; } = [];

    /// <summary>The form to attach an output, as typed when it was refused.</summary>
    public ActivityOutputForm OutputForm { get; init; } = new();

    /// <summary>Why the file posted with <see cref="OutputForm"/> was refused, shown beside the file field.</summary>
    public string? OutputProblem { get; init; }
}
