namespace ICP.Web.Features.Applications;

/// <summary>The declarations made when submitting, and the key that makes a repeated submit harmless.</summary>
public sealed class SubmitForm
{
    public Guid IdempotencyKey { get; set; }

    /// <summary>The draft's fingerprint when the review page was opened (<c>Application.DraftFingerprint</c>).</summary>
    public string ReviewedDraft { get; set; } = string.Empty;

    public bool ConfirmAccurate { get; set; }

    public bool ConfirmAuthorised { get; set; }

    public bool ConfirmPublication { get; set; }
}
