using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Timeout;

namespace AdobeTarget.Internal;

/// <summary>
/// The resilience pipeline of the delivery client, one instance per edge host: a circuit breaker (when on) around a
/// timeout of <see cref="AdobeTargetOptions.Timeout"/>, so hanging calls count as failures.
/// </summary>
internal static class EdgeResilience
{
    public const string PipelineName = "AdobeTarget.Edge";

    public static IHttpClientBuilder AddEdgeResilience(this IHttpClientBuilder builder)
    {
        builder.AddResilienceHandler(PipelineName, static (pipeline, context) =>
        {
            var options = context.ServiceProvider.GetRequiredService<IOptions<AdobeTargetOptions>>().Value;
            var circuits = context.ServiceProvider.GetRequiredService<EdgeCircuits>();
            var host = context.InstanceName;
            var breaker = options.CircuitBreaker;
            if (breaker.Enabled)
            {
                pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
                {
                    FailureRatio = breaker.FailureRatio,
                    MinimumThroughput = breaker.MinimumThroughput,
                    SamplingDuration = breaker.SamplingDuration,
                    BreakDuration = breaker.BreakDuration,
                    ShouldHandle = static args => ValueTask.FromResult(IsEdgeFailure(args.Outcome)),
                    OnOpened = args =>
                    {
                        circuits.Opened(host, args.BreakDuration);
                        return default;
                    },
                    OnHalfOpened = _ =>
                    {
                        circuits.HalfOpened(host);
                        return default;
                    },
                    OnClosed = _ =>
                    {
                        circuits.Closed(host);
                        return default;
                    },
                });
            }

            pipeline.AddTimeout(options.Timeout);
        }).SelectPipelineBy(static _ => static request => request.RequestUri?.Authority ?? string.Empty);
        return builder;
    }

    /// <summary>Timeouts, connection failures and 5xx say the edge is in trouble; a 4xx is about the request.</summary>
    private static bool IsEdgeFailure(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException or TimeoutRejectedException or IOException } => true,
        { Result: { } response } => (int)response.StatusCode >= 500 || response.StatusCode == HttpStatusCode.RequestTimeout,
        _ => false,
    };
}
