using FluentValidation;
using ICP.Domain.Activities;
using ICP.Domain.Common;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Features.Activities;

/// <summary>
/// The form's own checks (what can be read at all); the programme's rules for each kind are the
/// domain's (<see cref="ActivityInvalidException"/>), shown as a message on the same form.
/// </summary>
public sealed class ActivityFormValidator : AbstractValidator<ActivityForm>
{
    public ActivityFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.Title).NotEmpty().WithMessage(_ => t["Enter a title."])
            .MaximumLength(Activity.TitleLength).WithMessage(_ => t["Use at most {0} characters.", Activity.TitleLength]);
        RuleFor(f => f.Description).MaximumLength(Activity.DescriptionLength).WithMessage(_ => t["Use at most {0} characters.", Activity.DescriptionLength]);
        RuleFor(f => f.TimeZoneId).NotEmpty().WithMessage(_ => t["Enter the time zone of the place, e.g. Europe/Brussels."])
            .Must(IsZone).WithMessage(_ => t["Enter the time zone of the place, e.g. Europe/Brussels."]);
        RuleFor(f => f.Starts).Must((f, v) => IsLocalTime(v, f.TimeZoneId)).WithMessage(_ => t["Enter a date and time that exists in the place's time zone."]);
        RuleFor(f => f.Ends).Must((f, v) => IsLocalTime(v, f.TimeZoneId)).WithMessage(_ => t["Enter a date and time that exists in the place's time zone."]);
        RuleFor(f => f.DelegateCutoff).Must((f, v) => string.IsNullOrWhiteSpace(v) || IsLocalTime(v, f.TimeZoneId))
            .WithMessage(_ => t["Enter a date and time that exists in the place's time zone."]);
        RuleFor(f => f.HostCity).MaximumLength(Activity.PlaceLength).WithMessage(_ => t["Use at most {0} characters.", Activity.PlaceLength]);
        RuleFor(f => f.Place).MaximumLength(Activity.PlaceLength).WithMessage(_ => t["Use at most {0} characters.", Activity.PlaceLength]);
        RuleFor(f => f.Agenda).MaximumLength(Activity.AgendaLength).WithMessage(_ => t["Use at most {0} characters.", Activity.AgendaLength]);
        RuleFor(f => f.Speakers).MaximumLength(Activity.SpeakersLength).WithMessage(_ => t["Use at most {0} characters.", Activity.SpeakersLength]);
        RuleFor(f => f.JoiningLink).MaximumLength(Activity.JoiningLinkLength).WithMessage(_ => t["Use at most {0} characters.", Activity.JoiningLinkLength]);
        RuleFor(f => f.Programme).Must((f, v) => !IsZone(f.TimeZoneId) || ActivityForm.ParseProgramme(v, ZonedTime.FindZone(f.TimeZoneId.Trim())).Sessions is not null)
            .WithMessage((f, v) => t["Line {0} of the programme cannot be read: write “2023-02-22 09:30 | 10:30 | Title | Speakers”.",
                f is not null && IsZone(f.TimeZoneId) ? ActivityForm.ParseProgramme(v, ZonedTime.FindZone(f.TimeZoneId.Trim())).BadLine : 1]);
    }

    private static bool IsZone(string? zoneId)
    {
        if (string.IsNullOrWhiteSpace(zoneId) || !zoneId.Contains('/', StringComparison.Ordinal))
        {
            return false;
        }

        try
        {
            ZonedTime.FindZone(zoneId.Trim());
            return true;
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return false;
        }
    }

    private static bool IsLocalTime(string? value, string? zoneId) =>
        ActivityForm.ParseLocal(value) is { } local && (!IsZone(zoneId) || !ZonedTime.FindZone(zoneId!.Trim()).IsInvalidTime(local));
}
