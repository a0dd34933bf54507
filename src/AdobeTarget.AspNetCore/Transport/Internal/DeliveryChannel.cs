using System.Diagnostics;
using AdobeTarget.Delivery;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace AdobeTarget.Internal;

/// <summary>
/// The one transport of the Delivery API: one exchange = edge host choice, timeout, the Refit call, reading the answer,
/// typed exceptions, the failure log and the health outcome. The client and the notifier both send through it.
/// </summary>
internal sealed class DeliveryChannel(
    IDeliveryApi api,
    EdgeHost edges,
    DeliveryHealth health,
    DeliveryTelemetry telemetry,
    TelemetryBuffer telemetryBuffer,
    ServerLocationHint serverHint,
    ILogger<DeliveryChannel> logger,
    IOptions<AdobeTargetOptions> options,
    TimeProvider timeProvider)
{
    private static readonly TimeSpan OuterTimeoutGrace = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// Sends a completed request for a session, routed by a validated location hint. The telemetry entries of local
    /// decisions made since the last exchange ride along (on a copy of the request); a failed exchange does not keep them.
    /// </summary>
    /// <returns>The edge's response; <see langword="null"/> when it answered 204.</returns>
    /// <exception cref="TargetException">The exchange failed: every failure is one of its subtypes.</exception>
    /// <exception cref="OperationCanceledException">The caller's token was cancelled.</exception>
    public async Task<DeliveryResponse?> ExchangeAsync(DeliveryRequest request, string sessionId, string? locationHint, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        request = telemetryBuffer.Attach(request);
        var edge = edges.For(locationHint);
        // The resilience pipeline's own timeout (settings.Timeout) ends a hanging send first, so the circuit breaker
        // counts it; this one, a little later, also bounds reading the body.
        var started = timeProvider.GetTimestamp();
        using var timeout = new CancellationTokenSource(settings.Timeout + OuterTimeoutGrace, timeProvider);
        using var linked = cancellationToken.CanBeCanceled ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token) : null;
        var token = linked?.Token ?? timeout.Token;
        using var activity = DeliveryTelemetry.StartDeliver(request, edge); // Activity.Current during the send: the HttpClient span nests under it
        try
        {
            using var http = await api.DeliverAsync(settings.OrganizationId!, sessionId, null, request, edge.Address, token).ConfigureAwait(false);
            DeliveryTelemetry.Answered(activity, http);
            var response = await DeliveryResponseReader.ReadAsync(http, request.RequestId, settings.MaxResponseBytes, token).ConfigureAwait(false);
            if (timeout.IsCancellationRequested || timeProvider.GetElapsedTime(started) > settings.Timeout)
            {
                throw new TimeoutRejectedException(); // a call never reports success after its timeout
            }

            edge.Answered();
            serverHint.Learn(response?.EdgeHost);
            health.Succeeded();
            telemetry.Succeeded(activity, started);
            return response;
        }
        catch (BrokenCircuitException e)
        {
            throw Failed(new TargetEdgeUnavailableException(edge.Authority, settings.CircuitBreaker.BreakDuration, request.RequestId, e), edge, locationHint, activity, started);
        }
        catch (TimeoutRejectedException e)
        {
            throw Failed(new TargetTimeoutException(settings.Timeout, request.RequestId, e), edge, locationHint, activity, started);
        }
        catch (OperationCanceledException e) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw Failed(new TargetTimeoutException(settings.Timeout, request.RequestId, e), edge, locationHint, activity, started);
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            throw Failed(new TargetConnectionException(edge.Authority, request.RequestId, e), edge, locationHint, activity, started);
        }
        catch (TargetException e)
        {
            throw Failed(e, edge, locationHint, activity, started);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            telemetry.Canceled(activity, started);
            throw;
        }
    }

    private TargetException Failed(TargetException exception, EdgeAddress edge, string? locationHint, Activity? activity, long started)
    {
        telemetry.Failed(activity, started, exception);
        var kind = DeliveryFailures.KindOf(exception);
        if (exception is TargetEdgeUnavailableException)
        {
            // Not sent: the circuit breaker's own state is what the health check reports.
        }
        else if (!DeliveryFailures.IsAboutTheEdge(exception))
        {
            edge.Answered();
            health.Succeeded(); // the edge answered: a 4xx is about this request (a bad token), not about the edge
        }
        else if (edges.Failed(edge, locationHint))
        {
            health.Failed(kind);
        }

        DeliveryLog.DeliveryFailedDetail(logger, exception.RequestId, edge.Authority, kind, exception);
        exception.EdgeAuthority = edge.Authority;
        return exception;
    }
}
