using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AdobeTarget.Internal;

/// <summary>What every request's <see cref="TargetVisitorState"/> shares, so that the per-request object stays small.</summary>
internal sealed class TargetVisitorServices(IOptions<AdobeTargetOptions> options, TimeProvider timeProvider, ILogger<TargetVisitorState> logger)
{
    public AdobeTargetOptions Options { get; } = options.Value;

    public TimeProvider TimeProvider { get; } = timeProvider;

    public ILogger Logger { get; } = logger;
}
