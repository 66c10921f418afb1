using ICP.Web.Mvc;

namespace ICP.Web.Features.Applications;

/// <summary>
/// The limits of each step. Rules outside any rule set must hold for a draft to be saved (lengths,
/// formats); the <see cref="FormValidation.Complete"/> rule set says what submission needs.
/// </summary>
public static class StepLimits
{
    public const int NameLength = 200;
    public const int ShortText = 100;
    public const int AddressLength = 500;
    public const int LongText = 3000;
    public const int MediumText = 2000;
    public const int MinimumCaseText = 100;
    public const int MaximumPopulation = 40_000_000;
    public const int MaximumDelegation = 5;
}
