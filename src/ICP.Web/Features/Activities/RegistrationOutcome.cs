namespace ICP.Web.Features.Activities;

/// <summary>What following a confirm or cancel link did.</summary>
public enum RegistrationOutcome
{
    /// <summary>No registration has that link (mistyped, or replaced by a newer e-mail's link).</summary>
    LinkNotValid,
    Confirmed,
    Waiting,
    Cancelled,
}
