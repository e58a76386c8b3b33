#!/usr/bin/env python3
"""Derives from docker/docker-compose.prod.yml the file podman-compose runs on this machine kind.

Everything of the application services comes from the production file unchanged (image, read-only
root, tmpfs, secrets, *_FILE variables, capabilities, no-new-privileges, health checks, memory and
CPU limits, logging, stop grace period, hostnames, restart policy) except what this machine cannot
give them, and each change is printed:
  - the data services (database, redis, elasticsearch, kafka, minio, minio-setup): no registry
    serves their images; the host's test services stand in (their endpoints replace the service
    names in the backends' environment) and the depends_on entries on them are dropped;
  - networks: the backends on the host network (the test services listen on 127.0.0.1, Kafka
    advertises 127.0.0.1), each on its own port; frontend and edge in slirp4netns namespaces that
    reach the host's 127.0.0.1 as 10.0.2.2 (extra_hosts for backend-1/-2/frontend);
  - published ports: 127.0.0.1 only, the check's ports instead of 80/443/8081;
  - the edge's image (the pinned nginx-unprivileged is not reachable) and its upstream file (the
    production one with the ports changed);
  - tmpfs mounts with Docker's semantics spelled out (podman copies the image's directory up).
Usage: compose-transform.py PROD_FILE OUT_FILE SETTINGS_JSON
"""
import copy
import json
import os
import sys

import yaml

DATA = ["database", "redis", "elasticsearch", "kafka", "minio", "minio-setup"]
APP = ["backend-1", "backend-2", "frontend", "nginx"]


class NoAliases(yaml.SafeDumper):
    """Writes every value out (no &anchors/*aliases): the derived file reads like the original."""

    def ignore_aliases(self, data):
        return True


def absolute(value, base):
    """Relative paths of the production file are relative to its directory (docker/)."""
    if isinstance(value, str):
        if value.startswith("./"):
            return os.path.join(base, value[2:])
        return value.replace(":-./", ":-" + base + "/")
    return value


def main():
    if len(sys.argv) != 4 or sys.argv[1] in ("-h", "--help"):
        print(__doc__)
        sys.exit(0 if len(sys.argv) == 2 else 2)
    prod, out, settings = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
    base = os.path.dirname(os.path.abspath(prod))
    with open(prod, encoding="utf-8") as f:
        compose = yaml.safe_load(f)
    changes = []
    # (the backends share their settings through a YAML merge: each gets its own copy)
    compose["services"] = {k: copy.deepcopy(v) for k, v in compose["services"].items()}
    services = compose["services"]
    for name in DATA:
        if services.pop(name, None) is not None:
            changes.append(f"{name}: not run (no image here); the host's test service stands in")
    for name in list(services):
        if name not in APP:
            sys.exit(f"unexpected service {name} in {prod}: add it to compose-transform.py")
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
        deps = svc.get("depends_on")
        if isinstance(deps, dict):
            dropped = [d for d in deps if d in DATA]
            for d in dropped:
                del deps[d]
            if dropped:
                changes.append(f"{name}: depends_on {', '.join(dropped)} dropped")
            if not deps:
                del svc["depends_on"]
        if "networks" in svc:
            del svc["networks"]
        if "ports" in svc:
            del svc["ports"]
    for i, name in enumerate(["backend-1", "backend-2"]):
        svc = services[name]
        svc["network_mode"] = "host"
        env = svc["environment"]
        env.update(settings["backend"])
        env["TK_HTTP_PORT"] = str(settings["backend_ports"][i])
        env["TK_HTTPS_PORT"] = str(settings["backend_tls_ports"][i])
        changes.append(
            f"{name}: host network, 127.0.0.1:{env['TK_HTTP_PORT']}; data endpoints of the test services"
        )
    front = services["frontend"]
    front["network_mode"] = settings["slirp"]
    front["ports"] = [f"127.0.0.1:{settings['frontend_port']}:8080"]
    front["environment"]["TK_API_UPSTREAM"] = settings["frontend_api"]
    changes.append(f"frontend: slirp4netns, 127.0.0.1:{settings['frontend_port']}, API upstream {settings['frontend_api']}")
    edge = services["nginx"]
    edge["network_mode"] = settings["slirp"]
    edge["ports"] = [f"127.0.0.1:{p}:{c}" for p, c in settings["edge_ports"]]
    edge["extra_hosts"] = [f"{h}:{settings['host_loopback']}" for h in ("backend-1", "backend-2", "frontend")]
    changes.append(f"nginx: image {edge['image']} -> {settings['nginx_image']} (no registry)")
    edge["image"] = settings["nginx_image"]
    edge["volumes"] = [
        f"{settings['upstreams']}:/etc/nginx/upstreams.conf:ro" if v.endswith(":/etc/nginx/upstreams.conf:ro") else v
        for v in edge["volumes"]
    ]
    changes.append(f"nginx: slirp4netns, ports {settings['edge_ports']}, upstreams.conf with the check's ports")
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
