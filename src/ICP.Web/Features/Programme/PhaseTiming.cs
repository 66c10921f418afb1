namespace ICP.Web.Features.Programme;

public enum PhaseTiming
{
    Past,
    Current,
    Upcoming,
}
