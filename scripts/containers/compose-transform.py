#!/usr/bin/env python3
"""Derives from a Compose file of docker/ (docker-compose.prod.yml or docker-compose.dev.yml) the file
podman-compose runs on this machine kind.

Everything of the application services comes from the Compose file unchanged (image, read-only
root, tmpfs, secrets, *_FILE variables, capabilities, no-new-privileges, health checks, memory and
CPU limits, logging, stop grace period, hostnames, restart policy, the issuer the backend trusts)
except what this machine cannot give them, and each change is printed:
  - the data services (database, redis, elasticsearch, kafka, minio, minio-setup, clamav,
    keycloak): no registry serves their images; the host's test services stand in (their endpoints
    replace the service names in the backends' environment, except where a *_FILE secret carries
    the value; clamd's TK_SCAN_CLAMAV_HOST/PORT come from the environment, .services/env, unless
    the settings name them) and the depends_on entries on them are dropped;
  - networks: the backends (backend, backend-1, backend-2) on the host network (the test services
    listen on 127.0.0.1, Kafka advertises 127.0.0.1), each on its own port; frontend and edge in
    slirp4netns namespaces that reach the host's 127.0.0.1 as 10.0.2.2 (extra_hosts for the
    backends and the frontend);
  - published ports: 127.0.0.1 only, the check's ports instead of the file's (by container port);
  - the edge's image (the pinned nginx-unprivileged is not reachable) and its upstream file (the
    file's own one with the ports changed);
  - tmpfs mounts with Docker's semantics spelled out (podman copies the image's directory up);
  - relative paths (volumes, env_file, secrets, build context) made absolute: the derived file
    lives elsewhere.
Usage: compose-transform.py COMPOSE_FILE OUT_FILE SETTINGS_JSON
"""
import copy
import json
import os
import sys

import yaml

DATA = ["database", "redis", "elasticsearch", "kafka", "minio", "minio-setup", "clamav", "keycloak"]
BACKENDS = ["backend", "backend-1", "backend-2"]
APP = BACKENDS + ["frontend", "nginx"]


class NoAliases(yaml.SafeDumper):
    """Writes every value out (no &anchors/*aliases): the derived file reads like the original."""

    def ignore_aliases(self, data):
        return True


def absolute(value, base):
    """Relative paths of the Compose file are relative to its directory (docker/)."""
    if isinstance(value, str):
        if value.startswith(("./", "../")):
            path, sep, rest = value.partition(":")
            return os.path.normpath(os.path.join(base, path)) + sep + rest
        return value.replace(":-./", ":-" + base + "/")
    return value


def build_context(name, svc, base):
    """The build section stays (podman-compose builds a missing image from it), with its context
    absolute; a context or Dockerfile that does not exist is an error of the Compose file."""
    build = svc.get("build")
    if build is None:
        return
    if isinstance(build, str):
        build = {"context": build}
    build["context"] = os.path.normpath(os.path.join(base, build.get("context", ".")))
    dockerfile = os.path.join(build["context"], build.get("dockerfile", "Dockerfile"))
    if not os.path.isfile(dockerfile):
        sys.exit(f"{name}: build names {dockerfile}, which does not exist")
    svc["build"] = build


def backend_environment(name, svc, settings, port, tls_port, changes):
    """The test services' endpoints for a backend: a value the file sets is replaced (printed);
    a key it leaves to a *_FILE secret or to the environment (${KEY:-...}, docker/.env, which the
    check sets) stays as it is; the check's own keys are added."""
    env = svc["environment"]
    replaced = []
    for key, value in settings["backend"].items():
        if key + "_FILE" in env or str(env.get(key, "")).startswith("${" + key):
            continue
        if key in env and str(env[key]) != value:
            replaced.append(f"{key} {env[key]} -> {value}")
        env[key] = value
    env["TK_HTTP_PORT"] = str(port)
    env["TK_HTTPS_PORT"] = str(tls_port)
    changes.append(f"{name}: host network, 127.0.0.1:{port}")
    changes.extend(f"{name}: {r}" for r in replaced)


def main():
    if len(sys.argv) != 4 or sys.argv[1] in ("-h", "--help"):
        print(__doc__)
        sys.exit(0 if len(sys.argv) == 2 else 2)
    source, out, settings = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
    # the host's clamd (scripts/services, 127.0.0.1:3310) stands in for the clamav service
    settings["backend"].setdefault("TK_SCAN_CLAMAV_HOST", os.environ.get("TK_SCAN_CLAMAV_HOST", "127.0.0.1"))
    settings["backend"].setdefault("TK_SCAN_CLAMAV_PORT", os.environ.get("TK_SCAN_CLAMAV_PORT", "3310"))
    base = os.path.dirname(os.path.abspath(source))
    with open(source, encoding="utf-8") as f:
        compose = yaml.safe_load(f)
    changes = []
    # (the prod backends share their settings through a YAML merge: each gets its own copy)
    compose["services"] = {k: copy.deepcopy(v) for k, v in compose["services"].items()}
    services = compose["services"]
    for name in DATA:
        if services.pop(name, None) is not None:
            changes.append(f"{name}: not run (no image here); the host's test service stands in")
    for name in list(services):
        if name not in APP:
            sys.exit(f"unexpected service {name} in {source}: add it to compose-transform.py")
    # the container ports the edge publishes (the file's host ports are replaced by the check's)
    edge_published = [str(p).rsplit(":", 1)[1] for p in services["nginx"].get("ports", [])]
    for name, svc in services.items():
        # Docker mounts a tmpfs empty, mode 1777; podman copies the image's directory up, or with
        # notmpcopyup keeps the directory's owner and mode, so a root-owned 0775 directory
        # (/etc/nginx/conf.d of the frontend stand-in) stays unwritable for the container's user:
        # empty and owned by the container's user (podman's U), as scripts/containers/services.sh
        if svc.get("tmpfs"):
            entries = svc["tmpfs"] if isinstance(svc["tmpfs"], list) else [svc["tmpfs"]]
            svc["tmpfs"] = [t if ":" in t else t + ":rw,U,notmpcopyup" for t in entries]
            changes.append(f"{name}: tmpfs empty and writable as Docker mounts it: {', '.join(entries)}")
        for key in ("volumes", "env_file"):
            if key in svc:
                if isinstance(svc[key], list):
                    svc[key] = [absolute(v, base) for v in svc[key]]
                else:
                    svc[key] = absolute(svc[key], base)
        build_context(name, svc, base)
        deps = svc.get("depends_on")
        if isinstance(deps, dict):
            dropped = [d for d in deps if d in DATA]
            for d in dropped:
                del deps[d]
            if dropped:
                changes.append(f"{name}: depends_on {', '.join(dropped)} dropped")
            if not deps:
                del svc["depends_on"]
        svc.pop("networks", None)
        svc.pop("ports", None)
    backends = [b for b in BACKENDS if b in services]
    for i, name in enumerate(backends):
        services[name]["network_mode"] = "host"
        backend_environment(
            name, services[name], settings, settings["backend_ports"][i], settings["backend_tls_ports"][i], changes
        )
    # the frontend is published in any case: the edge reaches it through the host
    front = services["frontend"]
    front["network_mode"] = settings["slirp"]
    front["ports"] = [f"127.0.0.1:{settings['frontend_port']}:8080"]
    changes.append(f"frontend: slirp4netns, 127.0.0.1:{settings['frontend_port']}")
    edge = services["nginx"]
    edge["network_mode"] = settings["slirp"]
    edge_ports = {str(c): h for h, c in settings["edge_ports"]}
    edge["ports"] = [f"127.0.0.1:{edge_ports[c]}:{c}" for c in edge_published]
    changes.append(f"nginx: slirp4netns, ports {', '.join(edge['ports'])} instead of the file's")
    front["environment"]["TK_API_UPSTREAM"] = settings["frontend_api"]
    changes.append(f"frontend: API upstream {settings['frontend_api']}")
    edge["extra_hosts"] = [f"{h}:{settings['host_loopback']}" for h in backends + ["frontend"]]
    changes.append(f"nginx: image {edge['image']} -> {settings['nginx_image']} (no registry)")
    edge["image"] = settings["nginx_image"]
    edge["volumes"] = [
        f"{settings['upstreams']}:/etc/nginx/upstreams.conf:ro" if v.endswith(":/etc/nginx/upstreams.conf:ro") else v
        for v in edge["volumes"]
    ]
    changes.append("nginx: upstreams.conf with the check's ports")
    compose.pop("networks", None)
    compose.pop("volumes", None)
    compose["secrets"] = {k: v for k, v in compose["secrets"].items()}
    for secret in compose["secrets"].values():
        secret["file"] = absolute(secret["file"], base)
    with open(out, "w", encoding="utf-8") as f:
        yaml.dump(compose, f, Dumper=NoAliases, sort_keys=False, allow_unicode=True)
    for change in changes:
        print("changed: " + change)


if __name__ == "__main__":
    main()
