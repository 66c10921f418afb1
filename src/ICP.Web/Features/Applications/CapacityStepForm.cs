namespace ICP.Web.Features.Applications;

public sealed class CapacityStepForm : StepForm
{
    /// <summary>Staff days a month the city can give the cooperation.</summary>
    public int? StaffDaysPerMonth { get; set; }

    /// <summary>People the city would send on each study visit.</summary>
    public int? DelegationSize { get; set; }

    public bool AvailableForBothStudyVisits { get; set; }

    /// <summary>"yes" or "no".</summary>
    public string WillingToHost { get; set; } = string.Empty;

    public bool WorkingLanguageEnglish { get; set; }
}
